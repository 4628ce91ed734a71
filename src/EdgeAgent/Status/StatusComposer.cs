using Edge.Agent.Events;
using Edge.Agent.Outbox;
using Microsoft.Extensions.Logging;

namespace Edge.Agent.Status;

/// <summary>Builds the status payload from the agent's state and the contributors' facts.</summary>
internal sealed class StatusComposer(
    AgentStatus status, IEnumerable<IStatusContributor> contributors, EventOutbox outbox,
    AgentIdentity identity, TimeProvider time, ILogger<StatusComposer> logger)
{
    // State changes come in bursts (listening → transcribing → answering → online within a second);
    // contributors may touch the database, so their facts are reused for a moment.
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(2);
    private readonly Lock _gate = new();
    private (KnowledgeSummary? Knowledge, ModelSummary Models) _cached;
    private DateTimeOffset _cachedAt = DateTimeOffset.MinValue;

    /// <summary>The current status.</summary>
    public StatusEvent Compose(AgentState? state = null, string? reason = null)
    {
        var (knowledge, models) = Contributions();
        return new StatusEvent
        {
            Id = EventFactory.NewId(), DeviceId = identity.DeviceId, Ts = time.GetUtcNow().UtcDateTime,
            State = (state ?? status.State).ToWire(), Version = AgentVersion.Current,
            Knowledge = knowledge, Models = models, Outbox = new OutboxSummary(outbox.Depth),
            LastError = status.LastError, Reason = reason,
        };
    }

    /// <summary>The Last Will: offline, stamped when the connection is made (the broker sends it later as is).</summary>
    public StatusEvent ComposeWill() => new()
    {
        Id = EventFactory.NewId(), DeviceId = identity.DeviceId, Ts = time.GetUtcNow().UtcDateTime,
        State = AgentState.Offline.ToWire(), Version = AgentVersion.Current, Reason = "connection lost",
    };

    /// <summary>Forgets the cached facts: a model was just loaded (or failed to), the next status must say so.</summary>
    public void Invalidate()
    {
        lock (_gate) _cachedAt = DateTimeOffset.MinValue;
    }

    /// <summary>Knowledge counts (first contributor that has them) and models (all contributors).</summary>
    public (KnowledgeSummary? Knowledge, ModelSummary Models) Contributions()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now - _cachedAt < CacheFor)
                return _cached;
            _cached = StatusContributions.Merge(contributors, logger);
            _cachedAt = now;
            return _cached;
        }
    }
}
