using Edge.Agent.Events;
using Edge.Agent.Status;
using Edge.Agent.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Mqtt;

/// <summary>Publishes the retained status on every state change, and as a heartbeat.</summary>
internal sealed class StatusPublisher(
    AgentStatus status, StatusComposer composer, RetainedMessages retained,
    IOptions<MqttOptions> options, TimeProvider time) : BackgroundService
{
    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        status.Changed += OnChanged;
        Publish();
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        status.Changed -= OnChanged;
        return base.StopAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.StatusIntervalSeconds);
        if (interval == TimeSpan.Zero)
            return;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(interval, time, stoppingToken);
                Publish();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; the MQTT service publishes the final offline status.
        }
    }

    private void OnChanged(AgentState state) => Publish();

    private void Publish() => retained.EnqueueStatus(EventJson.Serialize(composer.Compose()));
}
