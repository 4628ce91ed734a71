namespace Edge.Agent.Events;

/// <summary><c>status</c> (retained): what the agent is doing and what it has.</summary>
internal sealed record StatusEvent : AgentEvent
{
    /// <summary>online, listening, transcribing, answering, error or offline.</summary>
    public required string State { get; init; }

    /// <summary>Agent version.</summary>
    public string? Version { get; init; }

    /// <summary>Knowledge base counts; null when unknown.</summary>
    public KnowledgeSummary? Knowledge { get; init; }

    /// <summary>Model names present and missing.</summary>
    public ModelSummary? Models { get; init; }

    /// <summary>Events waiting for delivery.</summary>
    public OutboxSummary? Outbox { get; init; }

    /// <summary>The most recent failure, if any.</summary>
    public LastError? LastError { get; init; }

    /// <summary>Why the agent went offline (the Will says "connection lost").</summary>
    public string? Reason { get; init; }

    /// <inheritdoc />
    public override string TopicSuffix() => Topics.Status;
}

/// <summary>Knowledge base counts for status.</summary>
/// <param name="Documents">Documents stored.</param>
/// <param name="Chunks">Passages stored.</param>
/// <param name="Version">Change counter of the knowledge base.</param>
internal sealed record KnowledgeSummary(int Documents, int Chunks, long Version);

/// <summary>Which models are there and which are missing, and why.</summary>
/// <param name="Present">Names of usable models.</param>
/// <param name="Missing">Names of configured or expected models not usable (not found, or broken).</param>
/// <param name="Details">Per model name: state, path and a one-line reason; null when no contributor said more.</param>
internal sealed record ModelSummary(IReadOnlyList<string> Present, IReadOnlyList<string> Missing, IReadOnlyDictionary<string, ModelDetail>? Details = null);

/// <summary>One model's state for operators.</summary>
/// <param name="State"><c>present</c>, <c>missing</c> or <c>unusable</c>.</param>
/// <param name="Path">Where the model is or was expected.</param>
/// <param name="Reason">What was found, or why it cannot be used.</param>
internal sealed record ModelDetail(string State, string? Path, string? Reason);

/// <summary>Outbox depth for status.</summary>
/// <param name="Depth">Events stored and not yet acknowledged by the broker.</param>
internal sealed record OutboxSummary(int Depth);

/// <summary>The most recent failure.</summary>
/// <param name="Stage">Where it happened.</param>
/// <param name="Code">Error code.</param>
/// <param name="Message">One line.</param>
/// <param name="Ts">When (UTC).</param>
internal sealed record LastError(string Stage, string Code, string Message, DateTime Ts);
