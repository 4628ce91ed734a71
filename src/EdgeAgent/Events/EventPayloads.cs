using Edge.Knowledge.Answering;

namespace Edge.Agent.Events;

/// <summary><c>events/question</c>: a question was accepted (typed, or transcribed from speech).</summary>
internal sealed record QuestionEvent : SequencedEvent
{
    /// <summary>The question as asked, before any machine context was added.</summary>
    public required string Text { get; init; }

    /// <summary>Where it came from: <c>mqtt</c> (<c>cmd/ask</c>, <c>cmd/listen</c>) or <c>button</c>.</summary>
    public required string Source { get; init; }

    /// <summary>Collection searched; null = all.</summary>
    public string? Collection { get; init; }

    /// <summary>Detected spoken language, when transcribed.</summary>
    public string? Language { get; init; }

    /// <summary>Machine context appended to the question (e.g. the current alarm), if any.</summary>
    public string? Context { get; init; }

    /// <summary>Spoken questions: milliseconds spent turning speech into text.</summary>
    public long? TranscribeMs { get; init; }

    /// <summary>Spoken questions: the transcript's timed pieces with the recogniser's confidence.</summary>
    public IReadOnlyList<QuestionSegment>? Segments { get; init; }

    /// <inheritdoc />
    public override string TopicSuffix() => Topics.QuestionEvents;
}

/// <summary>A timed piece of a spoken question, in seconds from the start of the recording.</summary>
/// <param name="Start">Start, seconds.</param>
/// <param name="End">End, seconds.</param>
/// <param name="Text">What was recognised.</param>
/// <param name="Probability">Mean token probability 0–1; left out when the recogniser gave none.</param>
/// <param name="NoSpeechProbability">Probability that the piece held no speech 0–1; left out when unknown.</param>
internal sealed record QuestionSegment(double Start, double End, string Text, double? Probability, double? NoSpeechProbability)
{
    /// <summary>The recogniser's segment in payload units, rounded to milliseconds and thousandths.</summary>
    public static QuestionSegment From(Speech.TranscriptSegment segment) => new(
        Math.Round(segment.Start.TotalSeconds, 3), Math.Round(segment.End.TotalSeconds, 3), segment.Text,
        Unit(segment.Probability), Unit(segment.NoSpeechProbability));

    // JSON has no NaN; a recogniser that reports nonsense reports nothing.
    private static double? Unit(double? value) =>
        value is { } v && double.IsFinite(v) ? Math.Round(Math.Clamp(v, 0, 1), 3) : null;
}

/// <summary><c>events/answer</c>: the final answer with its sources.</summary>
internal sealed record AnswerEvent : SequencedEvent
{
    /// <summary>The question as asked.</summary>
    public required string Question { get; init; }

    /// <summary>The answer text.</summary>
    public required string Answer { get; init; }

    /// <summary>Language of the answer: de or en.</summary>
    public required string Language { get; init; }

    /// <summary>False when the manuals have no answer (then no citations).</summary>
    public required bool Grounded { get; init; }

    /// <summary><c>extractive</c> or <c>llm</c>.</summary>
    public required string Mode { get; init; }

    /// <summary>Why the language model was not used, if it was meant to be.</summary>
    public string? FallbackReason { get; init; }

    /// <summary>Sources, best first.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>With a decline, the closest places as pointers only; empty otherwise.</summary>
    public IReadOnlyList<Citation> Related { get; init; } = [];

    /// <summary>Where the time went.</summary>
    public required EventTimings Timings { get; init; }

    /// <summary>Where the question came from.</summary>
    public required string Source { get; init; }

    /// <inheritdoc />
    public override string TopicSuffix() => Topics.AnswerEvents;
}

/// <summary>Milliseconds per stage; <c>totalMs</c> runs from accepting the question to publishing the answer.</summary>
internal sealed record EventTimings(long TranscribeMs, long RetrieveMs, long AnswerMs, long TotalMs);

/// <summary><c>events/answer/partial</c>: the growing answer while a language model writes it.</summary>
internal sealed record PartialAnswerEvent : SequencedEvent
{
    /// <summary>Answer text so far.</summary>
    public required string Text { get; init; }

    /// <inheritdoc />
    public override string TopicSuffix() => Topics.PartialAnswerEvents;
}

/// <summary><c>events/error</c>: something a panel or technician should know went wrong.</summary>
internal sealed record ErrorEvent : SequencedEvent
{
    /// <summary>Pipeline stage: command, capture, transcribe, answer, outbox, mqtt.</summary>
    public required string Stage { get; init; }

    /// <summary>Stable machine-readable code (see docs/MQTT.md).</summary>
    public required string Code { get; init; }

    /// <summary>One line for people.</summary>
    public required string Message { get; init; }

    /// <summary>For <c>outbox_overflow</c>: how many events were dropped.</summary>
    public int? Dropped { get; init; }

    /// <inheritdoc />
    public override string TopicSuffix() => Topics.ErrorEvents;
}
