using System.Diagnostics;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.Logging;

namespace Edge.Knowledge.Search;

/// <summary>
/// Four rankings fused by reciprocal rank: keyword (BM25 with exact codes and German compounds),
/// passage meaning (sentence embeddings), section headings by meaning (a heading often says in a
/// few words what its section answers) and verbatim matches of quoted phrases or error texts.
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

    /// <summary>Sections taken from the heading ranking; each brings up to <see cref="ChunksPerSection"/> chunks.</summary>
    private const int SectionCandidates = 15;
    private const int ChunksPerSection = 6;

    private static readonly int RrfK = int.Parse(Environment.GetEnvironmentVariable("XK") ?? "60");
    private static readonly double WeightKeyword = double.Parse(Environment.GetEnvironmentVariable("XW1") ?? "1");
    private static readonly double WeightDense = double.Parse(Environment.GetEnvironmentVariable("XW2") ?? "1");
    private static readonly double WeightHeading = double.Parse(Environment.GetEnvironmentVariable("XW3") ?? "1");
    private const double WeightPhrase = 1.5;

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

        var terms = analysis.AnalyzeQuery(text);
        var keyword = index.Keyword.Search(terms, Candidates, index.InCollection(collection));
        cancellationToken.ThrowIfCancellationRequested();

        var queryVectors = QueryVectors(text, terms.Language);
        var dense = Nearest(index.Vectors, queryVectors, Candidates, index.InCollection(collection));
        var sections = Nearest(index.Headings, queryVectors, SectionCandidates, index.SectionInCollection(collection));

        var fused = new Dictionary<int, double>();
        AddRanking(fused, keyword, WeightKeyword);
        AddRanking(fused, dense, WeightDense);
        for (var rank = 0; rank < sections.Count; rank++)
        {
            foreach (var chunkId in index.ChunksOf(sections[rank].ChunkId).Take(ChunksPerSection))
                fused[chunkId] = fused.GetValueOrDefault(chunkId) + WeightHeading / (RrfK + rank + 1);
        }

        var candidates = store.GetChunks(fused.Keys).ToDictionary(c => c.Id);
        AddRanking(fused, PhraseMatches(terms, candidates), WeightPhrase);

        var best = (WeightKeyword + WeightDense + WeightHeading + WeightPhrase) / (RrfK + 1);
        var similarity = dense.ToDictionary(d => d.ChunkId, d => d.Score);
        var hits = new List<SearchHit>(top);
        foreach (var (chunkId, score) in fused.OrderByDescending(f => f.Value).ThenBy(f => f.Key))
        {
            if (hits.Count == top)
                break;
            if (!candidates.TryGetValue(chunkId, out var chunk) || store.GetDocument(chunk.DocumentId) is not { } document)
                continue;
            hits.Add(ToHit(chunk, document, Math.Min(1.0, score / best), similarity.GetValueOrDefault(chunk.Id)));
        }
        Log.Searched(logger, collection ?? "*", hits.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return hits;
    }

    /// <summary>
    /// The bundled embedding model is English-only, so a German question is embedded twice: as
    /// asked (for German manuals) and as its English glossary reading (for English manuals).
    /// </summary>
    private float[][] QueryVectors(string text, string language) =>
        embedder.EmbedBatch(language == "de" ? [text, analysis.GlossToEnglish(text)] : [text]);

    /// <summary>Nearest entries for any of the query vectors, each keeping its best similarity.</summary>
    private static List<ScoredChunk> Nearest(VectorIndex vectors, float[][] queries, int top, Func<int, bool>? filter)
    {
        var best = new Dictionary<int, double>();
        foreach (var query in queries)
        {
            foreach (var hit in vectors.Search(query, top, filter))
                best[hit.ChunkId] = Math.Max(best.GetValueOrDefault(hit.ChunkId, double.MinValue), hit.Score);
        }
        return [.. best.Select(b => new ScoredChunk(b.Key, b.Value)).OrderByDescending(b => b.Score).ThenBy(b => b.ChunkId).Take(top)];
    }

    private static void AddRanking(Dictionary<int, double> fused, IReadOnlyList<ScoredChunk> ranking, double weight)
    {
        for (var rank = 0; rank < ranking.Count; rank++)
            fused[ranking[rank].ChunkId] = fused.GetValueOrDefault(ranking[rank].ChunkId) + weight / (RrfK + rank + 1);
    }

    private static List<ScoredChunk> PhraseMatches(QueryTerms terms, Dictionary<int, ChunkRecord> chunks)
    {
        if (terms.Phrases.Count == 0)
            return [];
        var matches = new List<ScoredChunk>();
        foreach (var chunk in chunks.Values)
        {
            var normalized = TextAnalysis.NormalizeForPhrase(SectionPath.Format(chunk.Section) + " " + chunk.Text);
            var found = terms.Phrases.Count(p => normalized.Contains(p, StringComparison.Ordinal));
            if (found > 0)
                matches.Add(new ScoredChunk(chunk.Id, found));
        }
        return [.. matches.OrderByDescending(m => m.Score).ThenBy(m => m.ChunkId)];
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
