using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Search;
using Edge.Knowledge.Storage;

namespace Edge.Knowledge.Answering;

/// <summary>
/// Decides whether the retrieved passages answer the question at all. Search always returns the
/// nearest passages; offering them for a question the manuals do not cover would be worse than
/// saying so. The signals, calibrated on the development sets (docs/QUALITY.md): how close the
/// best passage is in meaning (cosine of sentence embeddings); how much of the question's
/// content the best passages contain, each word weighted by its rarity in the manuals; and how
/// much of it appears nowhere in the manuals at all. A code in the question (alarm, parameter,
/// G-code) that no passage contains is a strong sign the manuals do not cover it.
/// </summary>
internal sealed class RelevanceGate(KnowledgeStore store, TextAnalysis analysis, SearchIndexCache indexes)
{
    /// <summary>Knowledge-base size (chunks) from which a word absent from all of it fully counts as unknown.</summary>
    private const int UnknownEvidenceChunks = 100;

    /// <summary>Passages whose terms count as "found".</summary>
    private const int TopPassages = 3;

    /// <summary>The signals for a question and its hits, best first.</summary>
    public RelevanceSignals Measure(string question, IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
            return new RelevanceSignals(0, 0, 1, false);
        var index = indexes.Current;
        var chunkTerms = store.GetChunks(hits.Take(TopPassages).Select(h => h.ChunkId))
            .SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal);

        var total = 0.0;
        var found = 0.0;
        var unknown = 0.0;
        var rarest = Idf(index, 0);
        foreach (var concept in analysis.QueryConcepts(question))
        {
            var frequencies = concept.Select(index.Keyword.DocumentFrequency).Where(f => f > 0).ToList();
            var weight = frequencies.Count == 0 ? rarest : Idf(index, frequencies.Max());
            total += weight;
            if (frequencies.Count == 0)
                unknown += weight;
            else if (concept.Any(chunkTerms.Contains))
                found += weight;
        }

        var codes = NamedCodes(question);
        var missingCode = codes.Count > 0 && !codes.Any(chunkTerms.Contains);
        var similarity = hits.Max(h => h.DenseSimilarity);
        // A word missing from a handful of passages says little; from hundreds, that the topic is absent.
        var evidence = Math.Min(1.0, index.Count / (double)UnknownEvidenceChunks);
        return new RelevanceSignals(similarity, total > 0 ? found / total : 0, total > 0 ? evidence * unknown / total : 0, missingCode);
    }

    /// <summary>
    /// True when the passages are worth answering from: similarity plus a fifth of the coverage,
    /// less two fifths of the unknown share, at least 0.42 — the line that declined every
    /// unanswerable question of the Klipper development set with the fewest false declines.
    /// </summary>
    public bool IsAnswerable(RelevanceSignals signals) =>
        !signals.MissingCode && Relevance(signals) >= Threshold;

    /// <summary>Combined relevance below which the assistant declines.</summary>
    internal const double Threshold = 0.42;

    /// <summary>The combined relevance of the signals.</summary>
    internal static double Relevance(RelevanceSignals signals) =>
        signals.Similarity + 0.2 * signals.Coverage - 0.4 * signals.Unknown;

    private static double Idf(SearchIndex index, int frequency) =>
        Math.Log(1 + (index.Count - frequency + 0.5) / (frequency + 0.5));

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
}

/// <summary>Why the gate decided as it did; logged and reported by the evaluation.</summary>
/// <param name="Similarity">Best cosine similarity between the question and a passage.</param>
/// <param name="Coverage">Rarity-weighted share of the question's words found in the top passages, 0–1.</param>
/// <param name="Unknown">Rarity-weighted share of the question's words found nowhere in the manuals, 0–1, scaled down for knowledge bases under 100 passages.</param>
/// <param name="MissingCode">The question names a code that no top passage contains.</param>
internal sealed record RelevanceSignals(double Similarity, double Coverage, double Unknown, bool MissingCode);
