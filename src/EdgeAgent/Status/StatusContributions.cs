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
        foreach (var contributor in contributors)
        {
            try
            {
                var part = contributor.Contribute();
                knowledge ??= part.Knowledge;
                foreach (var model in part.Models ?? [])
                    (model.Present ? present : missing).Add(model.Name);
            }
            catch (Exception ex)
            {
                Log.StatusContributorFailed(logger, contributor.GetType().Name, ex);
            }
        }
        return (knowledge, new ModelSummary(present, missing));
    }
}
