using Edge.Knowledge.Answering;

namespace Edge.Knowledge.Generation;

/// <summary>
/// Decides whether a generated answer may be shown or the extractive answer replaces it, and with
/// which <see cref="Answer.FallbackReason"/>. Only a cited, complete answer is shown: the model is
/// small and a technician acts on what it says.
/// </summary>
internal static class AnswerFallbackPolicy
{
    /// <summary>The model is disabled, missing or unusable.</summary>
    public const string Unavailable = "llm-unavailable";

    /// <summary>Generation threw (a runtime error, or a prompt beyond the context).</summary>
    public const string Failed = "llm-error";

    /// <summary>The model said the passages do not answer the question.</summary>
    public const string Declined = "llm-declined";

    /// <summary>The answer cited no source.</summary>
    public const string NoCitation = "llm-no-citation";

    /// <summary>The answer cited a source that was not given.</summary>
    public const string UnknownSource = "llm-unknown-source";

    /// <summary>The model produced no text.</summary>
    public const string Empty = "llm-empty";

    /// <summary>The time limit cut the answer off.</summary>
    public const string TimeLimit = "llm-time-limit";

    /// <summary>The request was cancelled during generation.</summary>
    public const string Cancelled = "llm-cancelled";

    /// <summary>Null when <paramref name="generation"/> may be shown; otherwise the fallback reason.</summary>
    public static string? ReasonFor(GroundedGeneration generation) => generation switch
    {
        { StopReason: GenerationStopReason.Cancelled } => Cancelled,
        { StopReason: GenerationStopReason.TimeLimit } => TimeLimit,
        { Outcome: CitationOutcome.Valid } => null,
        { Outcome: CitationOutcome.Declined } => Declined,
        { Outcome: CitationOutcome.UnknownId } => UnknownSource,
        { Outcome: CitationOutcome.NoCitation } => NoCitation,
        _ => Empty,
    };

    /// <summary>
    /// The answer to publish: the generated one (mode "llm", its citations) when usable, else
    /// <paramref name="extractive"/> with the fallback reason. Timings stay the caller's.
    /// </summary>
    public static Answer Choose(Answer extractive, GroundedGeneration generation)
    {
        ArgumentNullException.ThrowIfNull(extractive);
        ArgumentNullException.ThrowIfNull(generation);
        return ReasonFor(generation) is { } reason
            ? extractive with { FallbackReason = reason }
            : extractive with { Text = generation.Text, Grounded = true, Citations = generation.Citations, Mode = AnswerModes.Llm, FallbackReason = null };
    }

    /// <summary>The extractive answer when generation could not run or threw.</summary>
    public static Answer Unusable(Answer extractive, bool failed) =>
        extractive with { FallbackReason = failed ? Failed : Unavailable };
}
