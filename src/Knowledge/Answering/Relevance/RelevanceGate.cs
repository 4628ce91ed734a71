using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Search;
using Edge.Knowledge.Storage;

namespace Edge.Knowledge.Answering;

/// <summary>
/// Measures whether the retrieved passages answer the question at all. Search always returns the
/// nearest passages; offering them for a question the manuals do not cover would be worse than
/// saying so. The signals: how close the best passage is in meaning (cosine of sentence
/// embeddings), and how much of the question's content one of the best passages contains, each
/// word weighted by its rarity in the collection's manuals and a translation counted only whole.
/// A code in the question (alarm, parameter, G-code) that no passage contains is a strong sign the
/// manuals do not cover it. The words found nowhere in the manuals are reported with the decision.
/// Where the line between answering and declining sits is each collection's own
/// (<see cref="DeclineCalibration"/>).
/// </summary>
internal sealed class RelevanceGate(KnowledgeStore store, SearchIndexCache indexes)
{
    /// <summary>Knowledge-base size (chunks) from which a word absent from all of it fully counts as unknown.</summary>
    private const int UnknownEvidenceChunks = 100;

    /// <summary>Passages searched for the question's words; coverage is that of the best one.</summary>
    private const int TopPassages = 3;

    /// <summary>The signals for a question and its hits, best first.</summary>
    public RelevanceSignals Measure(AnalyzedQuestion question, IReadOnlyList<SearchHit> hits, string? collection) =>
        Measure(question, hits, collection, store.GetChunks(hits.Take(TopPassages).Select(h => h.ChunkId)).ToDictionary(c => c.Id));

    /// <summary>The signals of several questions, their passages read at once (calibration measures hundreds).</summary>
    public IReadOnlyList<RelevanceSignals> MeasureMany(IReadOnlyList<AnalyzedQuestion> questions, IReadOnlyList<IReadOnlyList<SearchHit>> hits, string? collection)
    {
        var chunks = store.GetChunks(hits.SelectMany(h => h.Take(TopPassages)).Select(h => h.ChunkId).Distinct()).ToDictionary(c => c.Id);
        return [.. questions.Select((question, i) => Measure(question, hits[i], collection, chunks))];
    }

    private RelevanceSignals Measure(AnalyzedQuestion question, IReadOnlyList<SearchHit> hits, string? collection, Dictionary<int, ChunkRecord> chunks)
    {
        if (hits.Count == 0)
            return new RelevanceSignals(0, 0, 1, false, []);
        var index = indexes.Current;
        var passages = hits.Take(TopPassages).Select(h => chunks.GetValueOrDefault(h.ChunkId)).OfType<ChunkRecord>()
            .Select(c => c.Terms.ToHashSet(StringComparer.Ordinal)).ToList();
        var chunkTerms = passages.SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        var foundIn = new double[passages.Count];

        var total = 0.0;
        var unknown = 0.0;
        var unknownWords = new List<string>();
        var size = index.CountIn(collection);
        var rarest = Idf(size, 0);
        var evidence = Math.Min(1.0, size / (double)UnknownEvidenceChunks);
        foreach (var concept in question.Concepts)
        {
            // A form is in the manuals when one passage has all its terms: "heating element" is not
            // in manuals that say "heating" in one place and "element" in another.
            var frequencies = concept.Forms.Select(form => (Form: form, Frequency: index.Keyword.DocumentFrequency(form, collection)))
                .Where(f => f.Frequency > 0).ToList();
            var known = frequencies.Select(f => f.Form).ToList();
            // A value the technician quotes ("0.04", "140.4") is not a topic the manuals lack.
            if (known.Count == 0 && !concept.Word.Any(char.IsLetter))
                continue;
            // A word missing from a handful of passages says little; from hundreds, that the topic is absent.
            var weight = known.Count == 0 ? evidence * rarest : Idf(size, frequencies.Max(f => f.Frequency));
            total += weight;
            if (known.Count == 0)
            {
                unknown += weight;
                unknownWords.Add(concept.Word);
                continue;
            }
            for (var i = 0; i < passages.Count; i++)
            {
                if (known.Any(form => form.All(passages[i].Contains)))
                    foundIn[i] += weight;
            }
        }

        var codes = NamedCodes(question.Text);
        var missingCode = codes.Count > 0 && !codes.Any(chunkTerms.Contains);
        var similarity = hits.Max(h => h.DenseSimilarity);
        return new RelevanceSignals(similarity, total > 0 ? foundIn.DefaultIfEmpty(0).Max() / total : 0, total > 0 ? unknown / total : 0, missingCode, unknownWords);
    }

    /// <summary>
    /// True when the passages are worth answering from: no code of the question is missing and the
    /// combined relevance reaches the line. The unknown share is not part of it (unknown words
    /// already count against coverage); it is reported so a plant sees which words its glossary lacks.
    /// </summary>
    public static bool IsAnswerable(RelevanceSignals signals, double line) =>
        !signals.MissingCode && Relevance(signals) >= line;

    /// <summary>The combined relevance of the signals: similarity plus half the coverage.</summary>
    internal static double Relevance(RelevanceSignals signals) =>
        signals.Similarity + 0.5 * signals.Coverage;

    private static double Idf(int chunks, int frequency) =>
        Math.Log(1 + (chunks - frequency + 0.5) / (frequency + 0.5));

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
/// <param name="Coverage">Rarity-weighted share of the question's words found together in one of the top passages (the best), 0–1.</param>
/// <param name="Unknown">Rarity-weighted share of the question's words found nowhere in the manuals, 0–1, scaled down for knowledge bases under 100 passages.</param>
/// <param name="MissingCode">The question names a code that no top passage contains.</param>
/// <param name="UnknownWords">The question's words that appear nowhere in the manuals, in either language or the glossary: what a plant adds to its glossary when a good question is declined.</param>
internal sealed record RelevanceSignals(double Similarity, double Coverage, double Unknown, bool MissingCode, IReadOnlyList<string> UnknownWords);
