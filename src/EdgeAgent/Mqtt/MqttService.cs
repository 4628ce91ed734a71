using Edge.Agent.Events;
using Edge.Agent.Options;
using Edge.Agent.Outbox;
using Edge.Agent.Status;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Mqtt;

/// <summary>
/// Runs the connection loop and the publishing loop. On shutdown (after the pipeline stopped) it
/// publishes the offline status, gives the outbox a bounded time to drain, and disconnects cleanly.
/// </summary>
internal sealed class MqttService(
    MqttConnection connection, OutboxPublisher publisher, EventOutbox outbox, RetainedMessages retained,
    AgentStatus status, StatusComposer composer, IOptions<MqttOptions> options, TimeProvider time,
    ILogger<MqttService> logger) : BackgroundService
{
    private readonly CancellationTokenSource _publishing = new();

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        status.SetOffline();
        retained.EnqueueStatus(EventJson.Serialize(composer.Compose(AgentState.Offline, "shutdown")));
        var started = time.GetTimestamp();
        await DrainAsync(TimeSpan.FromSeconds(options.Value.Outbox.FlushTimeoutSeconds), cancellationToken);
        Log.MqttFlushed(logger, outbox.Depth, time.GetElapsedTime(started).TotalMilliseconds);
        await _publishing.CancelAsync();
        await connection.DisconnectAsync(cancellationToken);
        await base.StopAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _publishing.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var publishing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, _publishing.Token);
        await Task.WhenAll(connection.RunAsync(stoppingToken), publisher.RunAsync(publishing.Token));
    }

    private async Task DrainAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = time.GetTimestamp() + (long)(limit.TotalSeconds * time.TimestampFrequency);
        // Nothing can drain while the broker is away; the outbox keeps the events for the next start.
        while (connection.IsConnected && (outbox.Depth > 0 || retained.HasDue) && time.GetTimestamp() < deadline)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
