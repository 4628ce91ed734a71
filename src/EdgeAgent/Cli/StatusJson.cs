using Edge.Agent.Events;
using Edge.Agent.Models;
using Edge.Agent.Status;
using Edge.Knowledge;
using Edge.Knowledge.Packs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Cli;

/// <summary>
/// The <c>status --json</c> object: the version and the knowledge base's full status as before, plus
/// the agent's report (device, broker, models with reasons, outbox, last error).
/// </summary>
internal sealed record StatusJson(
    string Version, string DeviceId, string BaseTopic, KnowledgeStatus Knowledge, ModelSummary Models,
    BrokerReport Broker, OutboxReport Outbox, LastError? LastError,
    IReadOnlyList<InstalledPack> Packs, ModelsStatus ModelBundle)
{
    /// <summary>Joins the knowledge base's status, the agent's report, installed packs and the model bundle.</summary>
    public static StatusJson From(KnowledgeStatus knowledge, AgentStatusReport report, IReadOnlyList<InstalledPack> packs, ModelsStatus bundle) =>
        new(report.Version, report.DeviceId, report.BaseTopic, knowledge, report.Models, report.Broker, report.Outbox, report.LastError, packs, bundle);

    /// <summary>Collects everything the object holds from the agent's services (the command and the web API alike).</summary>
    public static async Task<StatusJson> CollectAsync(IServiceProvider services, TimeSpan brokerProbeTimeout, CancellationToken cancellationToken = default)
    {
        var knowledge = services.GetRequiredService<IKnowledgeBase>().GetStatus();
        // The agent's report: broker probe, models with reasons (status contributors), outbox, last error.
        var agent = await services.GetRequiredService<AgentStatusReporter>().CollectAsync(brokerProbeTimeout, cancellationToken);
        // What is installed from outside: knowledge packs and the model bundle (models.json).
        var packs = services.GetRequiredService<IKnowledgePacks>().ListInstalled();
        var bundle = ModelsStatus.Read(ModelsFolder.Resolve(services.GetRequiredService<IConfiguration>()));
        return From(knowledge, agent, packs, bundle);
    }
}
