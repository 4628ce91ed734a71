using System.Diagnostics;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.Logging;

namespace Edge.Knowledge.Search;

/// <summary>
/// Keyword (BM25 with exact codes) and dense (sentence embeddings) retrieval, fused by reciprocal
/// rank. Keyword search carries codes, parameter names and German compounds; dense search carries
/// paraphrases. Quoted phrases and exact error texts add a third ranking of verbatim matches.
/// </summary>
internal sealed class HybridSearcher(
    SearchIndexCache indexes,
    KnowledgeStore store,
    TextAnalysis analysis,
    ITextEmbedder embedder,
    ILogger<HybridSearcher> logger)
{
    /// <summary>Candidates taken from each ranking before fusion.</summary>
    private const int Candidates = 40;
    private const int RrfK = 60;
    private static readonly double[] Weights = [1.0, 1.0, 1.5];

    /// <summary>Searches; throws <see cref="InvalidQuestionException"/> for unusable input or an unknown collection.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int top, string? collection, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var text = QueryText.Clean(query);
        var index = indexes.Current;
        if (collection is not null && !index.HasCollection(collection))
            throw new InvalidQuestionException($"no documents in collection '{collection}'");
        if (index.Count == 0)
            return [];
        store.EnsureEmbeddingModel(embedder.ModelName);

        var filter = index.InCollection(collection);
        var terms = analysis.AnalyzeQuery(text);
        var keyword = index.Keyword.Search(terms, Candidates, filter);
        cancellationToken.ThrowIfCancellationRequested();

        var queryVector = embedder.Embed(DenseQueryText(text, terms.Language));
        var dense = index.Vectors.Search(queryVector, Candidates, filter);

        var candidates = store.GetChunks(keyword.Concat(dense).Select(s => s.ChunkId).Distinct()).ToDictionary(c => c.Id);
        var phrase = PhraseMatches(terms, keyword.Concat(dense), candidates);

        var fused = ReciprocalRankFusion.Fuse([keyword, dense, phrase], RrfK, Weights);
        var best = Weights.Sum() / (RrfK + 1);
        var similarity = dense.ToDictionary(d => d.ChunkId, d => d.Score);
        var hits = new List<SearchHit>(Math.Min(top, fused.Count));
        foreach (var scored in fused)
        {
            if (hits.Count == top)
                break;
            if (!candidates.TryGetValue(scored.ChunkId, out var chunk) || store.GetDocument(chunk.DocumentId) is not { } document)
                continue;
            hits.Add(ToHit(chunk, document, Math.Min(1.0, scored.Score / best), similarity.GetValueOrDefault(chunk.Id)));
        }
        Log.Searched(logger, collection ?? "*", hits.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return hits;
    }

    /// <summary>
    /// The bundled embedding model is English-only: a German question is embedded together with
    /// the English glossary equivalents of its words, so it lands near English passages.
    /// </summary>
    private string DenseQueryText(string text, string language) =>
        language == "de" ? analysis.GlossToEnglish(text) + " " + text : text;

    private static List<ScoredChunk> PhraseMatches(QueryTerms terms, IEnumerable<ScoredChunk> ranked, Dictionary<int, ChunkRecord> chunks)
    {
        if (terms.Phrases.Count == 0)
            return [];
        var matches = new List<ScoredChunk>();
        foreach (var id in ranked.Select(r => r.ChunkId).Distinct())
        {
            if (!chunks.TryGetValue(id, out var chunk))
                continue;
            var normalized = TextAnalysis.NormalizeForPhrase(chunk.Text);
            var found = terms.Phrases.Count(p => normalized.Contains(p, StringComparison.Ordinal));
            if (found > 0)
                matches.Add(new ScoredChunk(id, found));
        }
        return [.. matches.OrderByDescending(m => m.Score)];
    }

    private static SearchHit ToHit(ChunkRecord chunk, DocumentRecord document, double score, double similarity) =>
        new(document.Name, document.Title, SectionPath.Format(chunk.Section), chunk.Page, Math.Round(score, 4), chunk.Text)
        {
            ChunkId = chunk.Id,
            Collection = chunk.Collection,
            SectionHeadings = chunk.Section,
            DenseSimilarity = similarity,
        };
}
