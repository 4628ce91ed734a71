namespace Edge.Knowledge.Generation;

/// <summary>What the citation check found in a generated answer.</summary>
internal enum CitationOutcome
{
    /// <summary>At least one source id that was given, and none that was not.</summary>
    Valid,

    /// <summary>An answer without any source id.</summary>
    NoCitation,

    /// <summary>A source id that was not in the prompt: the model invented a source.</summary>
    UnknownId,

    /// <summary>The model said the passages do not answer the question.</summary>
    Declined,

    /// <summary>No text at all.</summary>
    Empty,
}

/// <summary>The result of checking a generated answer against the passages it was given.</summary>
/// <param name="Outcome">Valid, NoCitation, UnknownId, Declined or Empty.</param>
/// <param name="Citations">The known sources in the order first cited.</param>
/// <param name="UnknownIds">Cited numbers that were not given.</param>
internal sealed record CitationCheckResult(CitationOutcome Outcome, IReadOnlyList<Answering.Citation> Citations, IReadOnlyList<int> UnknownIds);
