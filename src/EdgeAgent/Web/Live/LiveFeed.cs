using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Edge.Agent.Events;
using Edge.Agent.Outbox;
using Edge.Agent.Pipeline;
using Edge.Agent.Status;
using Microsoft.Extensions.Hosting;

namespace Edge.Agent.Web.Live;

/// <summary>
/// Fans the agent's own event stream out to the panel's browsers. Question, answer, partial-answer
/// and error events are taken from the outbox right after they are stored, i.e. the payloads MQTT
/// publishes, in the same order, whether or not a broker is reachable. The status (on every change)
/// and the machine's current alarm are added. Recent events are kept so that a page that opens, or
/// reconnects after a network hiccup, sees what it missed. Slow browsers lose their oldest unsent
/// items, never hold up the agent.
/// </summary>
internal sealed class LiveFeed(EventOutbox outbox, AgentStatus status, StatusComposer composer, MachineContext context, AgentIdentity identity)
    : IHostedService
{
    /// <summary>Events kept for pages that open or reconnect.</summary>
    public const int History = 200;

    private const int SubscriberBuffer = 512;
    private readonly Lock _gate = new();
    private readonly LinkedList<LiveItem> _recent = new();
    private readonly List<Channel<LiveItem>> _subscribers = [];
    private readonly string _prefix = identity.BaseTopic + "/";
    private long _nextId;

    /// <summary>Raised for every item (the ask endpoint waits on it for its answer).</summary>
    public event Action<LiveItem>? Published;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        outbox.Appended += OnStored;
        status.Changed += OnStatusChanged;
        context.Changed += OnContextChanged;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        outbox.Appended -= OnStored;
        status.Changed -= OnStatusChanged;
        context.Changed -= OnContextChanged;
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
                subscriber.Writer.TryComplete();
            _subscribers.Clear();
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// A new subscriber: the current status and alarm first, then the kept events after
    /// <paramref name="afterId"/> (all when null), then everything new. Dispose to leave.
    /// </summary>
    public LiveSubscription Subscribe(long? afterId)
    {
        var channel = Channel.CreateBounded<LiveItem>(new BoundedChannelOptions(SubscriberBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true,
        });
        var snapshot = new[] { StatusItem(), ContextItem() };
        lock (_gate)
        {
            foreach (var item in snapshot)
                channel.Writer.TryWrite(item);
            foreach (var item in _recent.Where(i => afterId is not { } after || i.Id > after))
                channel.Writer.TryWrite(item);
            _subscribers.Add(channel);
        }
        return new LiveSubscription(channel.Reader, () =>
        {
            lock (_gate)
                _subscribers.Remove(channel);
        });
    }

    private void OnStored(IReadOnlyList<OutboxRecord> records)
    {
        foreach (var record in records)
        {
            if (record.Topic.StartsWith(_prefix, StringComparison.Ordinal))
                Publish(record.Topic[_prefix.Length..], record.Payload, keep: true);
        }
    }

    private void OnStatusChanged(AgentState state)
    {
        if (HasSubscribers)
            Publish(Topics.Status, EventJson.Serialize(composer.Compose()), keep: false);
    }

    private void OnContextChanged()
    {
        if (HasSubscribers)
            Publish(ContextKind, ContextPayload(), keep: false);
    }

    private bool HasSubscribers
    {
        get { lock (_gate) return _subscribers.Count > 0; }
    }

    private void Publish(string kind, byte[] payload, bool keep)
    {
        LiveItem item;
        lock (_gate)
        {
            item = new LiveItem(++_nextId, kind, payload);
            if (keep)
            {
                _recent.AddLast(item);
                if (_recent.Count > History)
                    _recent.RemoveFirst();
            }
            foreach (var subscriber in _subscribers)
                subscriber.Writer.TryWrite(item);
        }
        Published?.Invoke(item);
    }

    /// <summary>Kind of the machine-context items.</summary>
    public const string ContextKind = "context";

    private LiveItem StatusItem() => new(Volatile.Read(ref _nextId), Topics.Status, EventJson.Serialize(composer.Compose()));

    private LiveItem ContextItem() => new(Volatile.Read(ref _nextId), ContextKind, ContextPayload());

    private byte[] ContextPayload() => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { current = context.Current }, WebJson.Options));
}

/// <summary>A browser's place in the feed.</summary>
internal sealed class LiveSubscription(ChannelReader<LiveItem> reader, Action leave) : IDisposable
{
    /// <summary>The items, in order.</summary>
    public ChannelReader<LiveItem> Items => reader;

    /// <inheritdoc />
    public void Dispose() => leave();
}
