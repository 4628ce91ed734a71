using Edge.Agent.Outbox;
using Microsoft.Extensions.Logging;
using MQTTnet;

namespace Edge.Agent.Mqtt;

/// <summary>
/// The single publishing loop: retained messages first, then stored events in sequence order, each
/// deleted from the outbox once its PUBACK arrived. One loop means one order; after an outage it
/// simply continues with the oldest stored event.
/// </summary>
internal sealed class OutboxPublisher(
    MqttConnection connection, EventOutbox outbox, RetainedMessages retained, PublishSignal signal,
    TimeProvider time, ILogger<OutboxPublisher> logger)
{
    private const int BatchSize = 256;
    private int _publishedGeneration;

    /// <summary>Publishes until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await connection.WaitUntilConnectedAsync(cancellationToken);
                await PublishRetainedAsync(cancellationToken);
                var batch = outbox.ReadBatch(BatchSize);
                if (batch.Count == 0)
                    await signal.WaitAsync(cancellationToken);
                else
                    await PublishEventsAsync(batch, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Usually the connection dropped mid-batch; the unacknowledged rest is sent again after reconnecting.
                Log.PublishInterrupted(logger, ex.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task PublishRetainedAsync(CancellationToken cancellationToken)
    {
        var generation = connection.Generation;
        var afterConnect = generation != _publishedGeneration;
        if (!afterConnect && !retained.HasDue)
            return;
        foreach (var (topic, payload) in retained.TakeDue(afterConnect))
            Check(await connection.PublishAsync(topic, payload, retain: true, cancellationToken), topic, 0);
        _publishedGeneration = generation;
    }

    private async Task PublishEventsAsync(List<OutboxRecord> batch, CancellationToken cancellationToken)
    {
        long acknowledged = 0;
        try
        {
            foreach (var record in batch)
            {
                Check(await connection.PublishAsync(record.Topic, record.Payload, retain: false, cancellationToken), record.Topic, record.Id);
                acknowledged = record.Id;
                // A status change waiting behind a long backlog goes first.
                if (retained.HasDue)
                    break;
            }
        }
        finally
        {
            if (acknowledged > 0)
                outbox.Acknowledge(acknowledged);
        }
    }

    private void Check(MqttClientPublishResult result, string topic, long sequence)
    {
        // A refusal (e.g. the broker's ACL) would refuse every retry too; holding the queue for it
        // would block all later events, so it is logged and the event counts as delivered.
        if ((int)result.ReasonCode >= 0x80)
            Log.PublishRefused(logger, topic, sequence, result.ReasonCode.ToString());
    }
}
