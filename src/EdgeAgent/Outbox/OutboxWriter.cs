using Edge.Agent.Events;
using Edge.Agent.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Outbox;

/// <summary>
/// Stores handed-in events in batches: one LiteDB insert for everything pending, so a burst of
/// events costs one file lock instead of one per event. Keeps the outbox bounded by dropping the
/// oldest events and reporting it (at most every <see cref="OverflowReportInterval"/>).
/// </summary>
internal sealed class OutboxWriter(
    EventOutbox outbox, OutboxStore store, AgentStateStore state, AgentIdentity identity,
    EventFactory events, IOptions<MqttOptions> options, TimeProvider time, ILogger<OutboxWriter> logger) : BackgroundService
{
    /// <summary>Overflow reports are coalesced so a long outage does not fill the outbox with them.</summary>
    public static readonly TimeSpan OverflowReportInterval = TimeSpan.FromSeconds(10);

    private readonly int _maxEvents = options.Value.Outbox.MaxEvents;
    private long _sequence;
    private int _unreportedDrops;
    private DateTimeOffset _lastOverflowReport = DateTimeOffset.MinValue;

    /// <summary>Stops after everything handed in before shutdown is stored.</summary>
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        outbox.Complete();
        return base.StopAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        outbox.InitializeDepth();
        _sequence = Math.Max(state.ReadSequence(), store.MaxId());
        var maxBatch = Math.Clamp(_maxEvents / 2, 1, 512);
        var batch = new List<PendingEvent>(maxBatch);
        // Not cancelled by stoppingToken: on shutdown the channel is completed instead, so that
        // events handed in before the stop (the final answer, an error) are still stored.
        while (await WaitForEventsAsync())
        {
            while (batch.Count < maxBatch && outbox.Pending.TryRead(out var item))
                batch.Add(item);
            Store(batch);
            batch.Clear();
        }
    }

    private async Task<bool> WaitForEventsAsync()
    {
        if (_unreportedDrops == 0)
            return await outbox.Pending.WaitToReadAsync(CancellationToken.None);
        // Drops not reported yet: wake up when the report interval has passed even if nothing comes.
        using var reportDue = new CancellationTokenSource(OverflowReportInterval, time);
        try
        {
            return await outbox.Pending.WaitToReadAsync(reportDue.Token);
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    private void Store(List<PendingEvent> batch)
    {
        try
        {
            var records = new List<OutboxRecord>(batch.Count + 1);
            MakeRoom(batch.Count, records);
            foreach (var item in batch)
                records.Add(ToRecord(item.Event));
            if (records.Count == 0)
                return;
            store.Insert(records);
            state.WriteSequence(_sequence);
            outbox.AddDepth(records.Count);
            foreach (var item in batch)
                item.Done?.TrySetResult();
            outbox.Stored.Set();
            outbox.Announce(records);
        }
        catch (Exception ex)
        {
            Log.OutboxWriteFailed(logger, batch.Count, ex);
            foreach (var item in batch)
                item.Done?.TrySetException(ex);
        }
    }

    private void MakeRoom(int incoming, List<OutboxRecord> records)
    {
        // One slot is always kept free for the overflow report itself.
        var excess = outbox.Depth + incoming + 1 - _maxEvents;
        if (excess > 0)
        {
            var dropped = store.DropOldest(excess);
            outbox.AddDepth(-dropped);
            _unreportedDrops += dropped;
            Log.OutboxOverflow(logger, dropped, _maxEvents);
        }
        var now = time.GetUtcNow();
        if (_unreportedDrops > 0 && now - _lastOverflowReport >= OverflowReportInterval)
        {
            var report = events.Error(Stages.Outbox, ErrorCodes.OutboxOverflow,
                $"outbox full ({_maxEvents} events): dropped the {_unreportedDrops} oldest undelivered events") with { Dropped = _unreportedDrops };
            records.Add(ToRecord(report));
            _unreportedDrops = 0;
            _lastOverflowReport = now;
        }
    }

    private OutboxRecord ToRecord(SequencedEvent evt)
    {
        var stamped = evt with { Seq = ++_sequence };
        return new OutboxRecord { Id = _sequence, Topic = identity.Topic(stamped.TopicSuffix()), Payload = EventJson.Serialize(stamped), CreatedUtc = time.GetUtcNow().UtcDateTime };
    }
}
