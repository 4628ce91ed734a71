using Edge.Agent.Events;
using Microsoft.Extensions.Logging;

namespace Edge.Agent.Status;

/// <summary>Merges what the contributors report; one failing contributor does not hide the others.</summary>
internal static class StatusContributions
{
    /// <summary>Knowledge counts (first contributor that has them) and models (all contributors).</summary>
    public static (KnowledgeSummary? Knowledge, ModelSummary Models) Merge(IEnumerable<IStatusContributor> contributors, ILogger logger)
    {
        KnowledgeSummary? knowledge = null;
        var present = new List<string>();
        var missing = new List<string>();
        var details = new Dictionary<string, ModelDetail>(StringComparer.Ordinal);
        foreach (var contributor in contributors)
        {
            try
            {
                var part = contributor.Contribute();
                knowledge ??= part.Knowledge;
                foreach (var model in part.Models ?? [])
                {
                    (model.Present ? present : missing).Add(model.Name);
                    if (model.Path is not null || model.Reason is not null)
                        details[model.Name] = new ModelDetail(model.WireState, model.Path, model.Reason);
                }
            }
            catch (Exception ex)
            {
                Log.StatusContributorFailed(logger, contributor.GetType().Name, ex);
            }
        }
        return (knowledge, new ModelSummary(present, missing, details.Count == 0 ? null : details));
    }
}
