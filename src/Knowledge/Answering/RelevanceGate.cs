using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Storage;

namespace Edge.Knowledge.Answering;

/// <summary>
/// Decides whether the retrieved passages answer the question at all. Search always returns the
/// nearest passages; offering them for a question the manuals do not cover would be worse than
/// saying so. Two signals, calibrated on the development sets (docs/QUALITY.md): how close the
/// best passage is in meaning (cosine of sentence embeddings) and how much of the question's
/// weighted terms the best passages contain. A code in the question (alarm, parameter, G-code)
/// that no passage contains is a strong sign the manuals do not cover it.
/// </summary>
internal sealed class RelevanceGate(KnowledgeStore store, TextAnalysis analysis)
{
    /// <summary>Combined relevance below which the assistant declines.</summary>
    public double Threshold { get; init; } = 0.62;

    /// <summary>Weight of term coverage against cosine similarity.</summary>
    public double CoverageWeight { get; init; } = 0.35;

    /// <summary>The signals for a question and its hits, best first.</summary>
    public RelevanceSignals Measure(string question, IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
            return new RelevanceSignals(0, 0, false, 0);
        var query = analysis.AnalyzeQuery(question);
        var top = hits.Take(3).ToList();
        var chunkTerms = store.GetChunks(top.Select(h => h.ChunkId)).SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal);

        var weights = query.Terms.GroupBy(t => t.Term, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(t => t.Weight), StringComparer.Ordinal);
        var total = weights.Values.Sum();
        var covered = weights.Where(w => chunkTerms.Contains(w.Key)).Sum(w => w.Value);
        var coverage = total > 0 ? covered / total : 0;

        var codes = NamedCodes(question);
        var missingCode = codes.Count > 0 && !codes.Any(chunkTerms.Contains);
        var similarity = hits.Max(h => h.DenseSimilarity);
        return new RelevanceSignals(similarity, coverage, missingCode, similarity + CoverageWeight * coverage);
    }

    /// <summary>
    /// Codes with letters in them (E-2041, G28.1, HOME_SEARCH_VEL) as index terms; bare numbers
    /// are left out because quantities ("12000 rpm") look the same.
    /// </summary>
    private static List<string> NamedCodes(string question)
    {
        var codes = new List<CodeTerm>();
        CodeTerms.Extract(question, codes);
        return [.. codes.Where(c => !c.Derived && c.Term.Any(char.IsLetter)).Select(c => c.Term).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>True when the passages are worth answering from.</summary>
    public bool IsAnswerable(RelevanceSignals signals) => !signals.MissingCode && signals.Combined >= Threshold;
}

/// <summary>Why the gate decided as it did; logged and reported by the evaluation.</summary>
/// <param name="Similarity">Best cosine similarity between the question and a passage.</param>
/// <param name="Coverage">Share of the question's term weight found in the top passages, 0–1.</param>
/// <param name="MissingCode">The question names a code that no top passage contains.</param>
/// <param name="Combined">Similarity plus weighted coverage.</param>
internal sealed record RelevanceSignals(double Similarity, double Coverage, bool MissingCode, double Combined);
