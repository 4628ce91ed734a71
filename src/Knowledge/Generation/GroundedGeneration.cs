using Edge.Knowledge.Answering;
using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Generation;

/// <summary>Why generation stopped.</summary>
internal enum GenerationStopReason
{
    /// <summary>The model ended its answer.</summary>
    Eos,

    /// <summary><see cref="LanguageModelOptions.MaxNewTokens"/> were generated.</summary>
    MaxTokens,

    /// <summary><see cref="LanguageModelOptions.TimeLimitSeconds"/> passed.</summary>
    TimeLimit,

    /// <summary>The caller's token was cancelled; the text is what came until then.</summary>
    Cancelled,
}

/// <summary>A generated answer, checked against the passages it was given.</summary>
/// <param name="Text">The answer with the source ids removed (they are in <paramref name="Citations"/>), ready to show or speak.</param>
/// <param name="Citations">The passages the answer cites, in the order first cited.</param>
/// <param name="Outcome">The citation check: only <see cref="CitationOutcome.Valid"/> may be shown as a grounded answer.</param>
/// <param name="StopReason">Why generation stopped.</param>
/// <param name="PromptTokens">Tokens of the formatted prompt.</param>
/// <param name="GeneratedTokens">Tokens generated (EOS not counted).</param>
/// <param name="TimeToFirstTokenMs">From the call to the first answer token; null when none came.</param>
/// <param name="TotalMs">From the call to the result, waiting for a running generation included.</param>
internal sealed record GroundedGeneration(
    string Text,
    IReadOnlyList<Citation> Citations,
    CitationOutcome Outcome,
    GenerationStopReason StopReason,
    int PromptTokens,
    int GeneratedTokens,
    long? TimeToFirstTokenMs,
    long TotalMs)
{
    /// <summary>The model's output as generated, source ids included (for logs and diagnosis).</summary>
    public string RawText { get; init; } = "";

    /// <summary>The passages that went into the prompt; [S<i>n</i>] is <c>Sources[n - 1]</c>.</summary>
    public IReadOnlyList<SearchHit> Sources { get; init; } = [];
}
