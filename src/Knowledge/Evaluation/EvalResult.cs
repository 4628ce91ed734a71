namespace Edge.Knowledge.Evaluation;

/// <summary>How one question fared.</summary>
/// <param name="Id">Question id.</param>
/// <param name="Lang">Question language.</param>
/// <param name="Kind">Question kind.</param>
/// <param name="Unanswerable">The manuals do not answer it.</param>
/// <param name="HitRank">1-based rank of the first citation inside an expected section (within 10), or null.</param>
/// <param name="PageExact">For a PDF hit: the cited page is the expected page; null when not applicable.</param>
/// <param name="PageNear">For a PDF hit: within one page of the expected page; null when not applicable.</param>
/// <param name="FactsFound">Facts found in the answer.</param>
/// <param name="FactsTotal">Facts expected.</param>
/// <param name="Declined">The assistant said the manuals do not cover it.</param>
/// <param name="LatencyMs">Time to answer.</param>
/// <param name="Answer">The answer text.</param>
/// <param name="TopCitation">The first citation, "document › section (page)".</param>
/// <param name="Similarity">Best cosine similarity of a passage to the question (the relevance gate's first signal).</param>
/// <param name="Coverage">Share of the question's words found in the top passages (its second signal).</param>
/// <param name="Unknown">Share of the question's words found nowhere in the manuals (its third signal).</param>
/// <param name="UnknownWords">The question's words found nowhere in the manuals nor the glossary.</param>
public sealed record EvalResult(
    string Id, string Lang, string Kind, bool Unanswerable, int? HitRank, bool? PageExact, bool? PageNear,
    int FactsFound, int FactsTotal, bool Declined, double LatencyMs, string Answer, string? TopCitation,
    double Similarity, double Coverage, double Unknown, IReadOnlyList<string> UnknownWords);

/// <summary>Scores of a group of questions (all, one language or one kind).</summary>
public sealed record EvalMetrics(
    string Group, int Questions, int Answerable, double HitAt1, double HitAt5, double Mrr,
    double? PageAccuracy, double? PageAccuracyNear, double FactRecall, double FactShare,
    double? DeclineRate, double FalseDeclineRate, double LatencyP50Ms, double LatencyP95Ms);

/// <summary>An evaluation run: per-question results and metrics overall, by language and by kind.</summary>
public sealed record EvalReport(IReadOnlyList<EvalMetrics> Metrics, IReadOnlyList<EvalResult> Results);
