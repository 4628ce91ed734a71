using Edge.Agent.Events;
using Edge.Agent.Outbox;

namespace Edge.Agent.Mqtt;

/// <summary>
/// Retained messages are not history: only their latest value matters, so they bypass the outbox.
/// Status changes are kept in order while connected (panels see listening → answering → online);
/// after a reconnect only the latest status and each other retained topic are sent again.
/// </summary>
internal sealed class RetainedMessages(AgentIdentity identity, PublishSignal due)
{
    private const int MaxQueuedStatus = 16;
    private readonly Lock _gate = new();
    private readonly Queue<byte[]> _status = new();
    private readonly Dictionary<string, byte[]> _latest = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

    /// <summary>Signalled when something is due.</summary>
    public PublishSignal Due => due;

    /// <summary>The status topic.</summary>
    public string StatusTopic { get; } = identity.Topic(Events.Topics.Status);

    /// <summary>Queues a status payload (oldest queued ones give way when many pile up).</summary>
    public void EnqueueStatus(byte[] payload)
    {
        lock (_gate)
        {
            _status.Enqueue(payload);
            while (_status.Count > MaxQueuedStatus)
                _status.Dequeue();
            _latest[StatusTopic] = payload;
        }
        Due.Set();
    }

    /// <summary>Sets the retained value of another topic (e.g. Home Assistant discovery).</summary>
    public void Set(string topic, byte[] payload)
    {
        lock (_gate)
        {
            _latest[topic] = payload;
            _changed.Add(topic);
        }
        Due.Set();
    }

    /// <summary>What to publish now; after a (re)connect everything's latest value.</summary>
    public List<(string Topic, byte[] Payload)> TakeDue(bool afterConnect)
    {
        lock (_gate)
        {
            List<(string, byte[])> due;
            if (afterConnect)
            {
                due = [.. _latest.Select(kv => (kv.Key, kv.Value))];
            }
            else
            {
                due = [.. _changed.Where(t => t != StatusTopic).Select(t => (t, _latest[t]))];
                due.AddRange(_status.Select(p => (StatusTopic, p)));
            }
            _status.Clear();
            _changed.Clear();
            return due;
        }
    }

    /// <summary>Whether anything is waiting.</summary>
    public bool HasDue
    {
        get { lock (_gate) return _status.Count > 0 || _changed.Count > 0; }
    }
}
