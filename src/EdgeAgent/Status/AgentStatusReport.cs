using Edge.Agent.Events;

namespace Edge.Agent.Status;

/// <summary>What <c>edge-agent status [--json]</c> shows: configuration, reachability and stored state.</summary>
/// <param name="Version">Agent version.</param>
/// <param name="DeviceId">Device id.</param>
/// <param name="BaseTopic">MQTT base topic.</param>
/// <param name="Broker">Broker configuration and whether it answered.</param>
/// <param name="Knowledge">Knowledge base counts, when a contributor reports them.</param>
/// <param name="Models">Models present and missing.</param>
/// <param name="Outbox">Undelivered events in the data file.</param>
/// <param name="LastError">Last error the service recorded, possibly from an earlier run.</param>
/// <param name="DatabasePath">The LiteDB file.</param>
internal sealed record AgentStatusReport(
    string Version, string DeviceId, string BaseTopic, BrokerReport Broker, KnowledgeSummary? Knowledge,
    ModelSummary Models, OutboxReport Outbox, LastError? LastError, string DatabasePath);

/// <summary>The broker as configured, and the result of a quick TCP probe.</summary>
/// <param name="Mode"><c>embedded</c> or <c>external</c>.</param>
/// <param name="Host">Host the agent connects to.</param>
/// <param name="Port">Port.</param>
/// <param name="Tls">Whether TLS is used.</param>
/// <param name="Authenticated">Whether a user name is configured.</param>
/// <param name="Reachable">True/false from the probe; null when not probed.</param>
/// <param name="ProbeError">Why the probe failed.</param>
internal sealed record BrokerReport(string Mode, string Host, int Port, bool Tls, bool Authenticated, bool? Reachable, string? ProbeError);

/// <summary>Outbox contents.</summary>
/// <param name="Depth">Undelivered events.</param>
/// <param name="MaxEvents">Configured bound.</param>
internal sealed record OutboxReport(int Depth, int MaxEvents);
