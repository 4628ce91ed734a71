using System.Net.Sockets;
using Edge.Agent.Events;
using Edge.Agent.Options;
using Edge.Agent.Outbox;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Status;

/// <summary>
/// Composes <see cref="AgentStatusReport"/> for the <c>status</c> command. Reads only the data file
/// (shared mode, safe while the service runs) and probes the broker with one short TCP connect.
/// </summary>
internal sealed class AgentStatusReporter(
    IOptions<MqttOptions> options, AgentIdentity identity, IEnumerable<IStatusContributor> contributors,
    OutboxStore outbox, AgentStateStore state, KnowledgeDatabase database, ILogger<AgentStatusReporter> logger)
{
    /// <summary>Collects the report; <paramref name="probeTimeout"/> null skips the broker probe.</summary>
    public async Task<AgentStatusReport> CollectAsync(TimeSpan? probeTimeout, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var endpoint = MqttEndpoint.From(settings);
        var (reachable, probeError) = probeTimeout is { } timeout ? await ProbeAsync(endpoint, timeout, cancellationToken) : (null, null);
        var broker = new BrokerReport(
            settings.Broker == BrokerMode.Embedded ? "embedded" : "external", endpoint.Host, endpoint.Port,
            settings.Broker == BrokerMode.External && settings.Tls.Enabled, !string.IsNullOrEmpty(settings.Username), reachable, probeError);
        var (knowledge, models) = StatusContributions.Merge(contributors, logger);
        return new AgentStatusReport(
            AgentVersion.Current, identity.DeviceId, identity.BaseTopic, broker, knowledge, models,
            new OutboxReport(outbox.Count(), settings.Outbox.MaxEvents), state.ReadLastError(), database.FilePath);
    }

    private static async Task<(bool?, string?)> ProbeAsync(MqttEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await client.ConnectAsync(endpoint.Host, endpoint.Port, limit.Token);
            return (true, null);
        }
        catch (SocketException ex)
        {
            return (false, ex.SocketErrorCode.ToString());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, $"no answer within {timeout.TotalMilliseconds:0} ms");
        }
    }
}
