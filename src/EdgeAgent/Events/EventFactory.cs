
namespace Edge.Agent.Events;

/// <summary>Stamps events with id, device id and time, so every payload carries the same envelope.</summary>
internal sealed class EventFactory(AgentIdentity identity, TimeProvider time)
{
    /// <summary>The current UTC time from the injected clock.</summary>
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>A new id: time-ordered (UUID v7), so ids sort roughly by creation.</summary>
    public static string NewId() => Guid.CreateVersion7().ToString();

    /// <summary>An error event; <paramref name="id"/> is the command/question id when known.</summary>
    public ErrorEvent Error(string stage, string code, string message, string? id = null) => new()
    {
        Id = id ?? NewId(), DeviceId = identity.DeviceId, Ts = Now,
        Stage = stage, Code = code, Message = message,
    };

    /// <summary>A partial answer for question <paramref name="id"/>.</summary>
    public PartialAnswerEvent Partial(string id, string text) => new()
    {
        Id = id, DeviceId = identity.DeviceId, Ts = Now, Text = text,
    };

    /// <summary>The envelope fields for a question-related event.</summary>
    public (string Id, string DeviceId, DateTime Ts) Stamp(string id) => (id, identity.DeviceId, Now);
}
