using Edge.Agent.Events;
using Edge.Agent.Status;
using Edge.Knowledge;

namespace Edge.Agent.Cli;

/// <summary>
/// The <c>status --json</c> object: the version and the knowledge base's full status as before, plus
/// the agent's report (device, broker, models with reasons, outbox, last error).
/// </summary>
internal sealed record StatusJson(
    string Version, string DeviceId, string BaseTopic, KnowledgeStatus Knowledge, ModelSummary Models,
    BrokerReport Broker, OutboxReport Outbox, LastError? LastError)
{
    /// <summary>Joins the knowledge base's status and the agent's report.</summary>
    public static StatusJson From(KnowledgeStatus knowledge, AgentStatusReport report) =>
        new(report.Version, report.DeviceId, report.BaseTopic, knowledge, report.Models, report.Broker, report.Outbox, report.LastError);
}
