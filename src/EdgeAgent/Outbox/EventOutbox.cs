using System.Threading.Channels;
using Edge.Agent.Events;

namespace Edge.Agent.Outbox;

/// <summary>
/// Durable event queue: producers hand events in, <see cref="OutboxWriter"/> stores them in LiteDB in
/// batches (group commit), the publisher reads them back in sequence order and deletes them once the
/// broker acknowledged them. So an event is on disk before it is published, and a broker outage or a
/// crash loses nothing that was stored.
/// </summary>
internal sealed class EventOutbox(OutboxStore store, PublishSignal stored)
{
    private readonly Channel<PendingEvent> _pending = Channel.CreateUnbounded<PendingEvent>(new UnboundedChannelOptions { SingleReader = true });
    private int _depth = -1;

    /// <summary>Signalled whenever events were stored.</summary>
    public PublishSignal Stored => stored;

    /// <summary>
    /// Raised with each batch right after it is stored, in sequence order, before it is published: the
    /// in-process view of the same payloads (the web panel's live feed). Handlers must not block.
    /// </summary>
    public event Action<IReadOnlyList<OutboxRecord>>? Appended;

    /// <summary>Events stored and not yet acknowledged.</summary>
    public int Depth => Volatile.Read(ref _depth) is var d and >= 0 ? d : store.Count();

    /// <summary>Events handed in and not yet stored.</summary>
    internal ChannelReader<PendingEvent> Pending => _pending.Reader;

    /// <summary>Stores an event; completes once it is on disk.</summary>
    public Task EnqueueAsync(SequencedEvent evt, CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.Writer.TryWrite(new PendingEvent(evt, done)))
            throw new InvalidOperationException("the outbox is closed");
        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Hands an event in without waiting (e.g. partial answers from a progress callback); order is kept.</summary>
    public void Post(SequencedEvent evt) => _pending.Writer.TryWrite(new PendingEvent(evt, null));

    /// <summary>The oldest stored events, in delivery order.</summary>
    public List<OutboxRecord> ReadBatch(int max) => store.ReadOldest(max);

    /// <summary>Deletes everything up to <paramref name="sequence"/> after the broker acknowledged it.</summary>
    public void Acknowledge(long sequence) => Interlocked.Add(ref _depth, -store.DeleteThrough(sequence));

    /// <summary>Stops accepting events; the writer stores what is pending and ends.</summary>
    internal void Complete() => _pending.Writer.TryComplete();

    /// <summary>Sets the depth once, from the file, when the writer starts.</summary>
    internal void InitializeDepth() => Interlocked.CompareExchange(ref _depth, store.Count(), -1);

    /// <summary>Tells <see cref="Appended"/> listeners about a stored batch.</summary>
    internal void Announce(IReadOnlyList<OutboxRecord> records) => Appended?.Invoke(records);

    /// <summary>Adjusts the depth after the writer inserted or dropped events.</summary>
    internal void AddDepth(int delta) => Interlocked.Add(ref _depth, delta);
}

/// <summary>An event waiting to be stored, and whom to tell when it is.</summary>
/// <param name="Event">The event.</param>
/// <param name="Done">Completed when stored; null for fire-and-forget.</param>
internal sealed record PendingEvent(SequencedEvent Event, TaskCompletionSource? Done);
