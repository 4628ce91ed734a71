using System.Text.Json.Serialization;

namespace Edge.Agent.Events;

/// <summary>Fields every published payload carries (schema <c>edge.v1</c>).</summary>
internal abstract record AgentEvent
{
    /// <summary>Payload schema version.</summary>
    public const string SchemaVersion = "edge.v1";

    /// <summary>Always <see cref="SchemaVersion"/>.</summary>
    [JsonPropertyOrder(-10)]
    public string Schema => SchemaVersion;

    /// <summary>Question/command id for question, answer and error events (correlation); a fresh id otherwise.</summary>
    [JsonPropertyOrder(-9)]
    public required string Id { get; init; }

    /// <summary>The board that published the event.</summary>
    [JsonPropertyOrder(-8)]
    public required string DeviceId { get; init; }

    /// <summary>When the event happened (UTC).</summary>
    [JsonPropertyOrder(-7)]
    public required DateTime Ts { get; init; }

    /// <summary>Topic below the base topic, e.g. <c>events/answer</c> (a method, so it is not serialized).</summary>
    public abstract string TopicSuffix();
}

/// <summary>An event kept in the outbox history; <see cref="Seq"/> orders and de-duplicates delivery.</summary>
internal abstract record SequencedEvent : AgentEvent
{
    /// <summary>Per-device increasing number, assigned when the event is stored.</summary>
    [JsonPropertyOrder(-6)]
    public long Seq { get; init; }
}
