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

    // Fusion constants, chosen on the development sets (docs/QUALITY.md). A small k lets a
    // first place in one ranking count clearly more than a fifth place; keywords weigh a little
    // more than meaning because technicians quote codes and parameter names; headings weigh a
    // quarter because they are short and match loosely; a verbatim quoted phrase is strong evidence.
    private const int RrfK = 20;
    private const double WeightKeyword = 1.3;
    private const double WeightDense = 1.0;
    private const double WeightHeading = 0.25;
    private const double WeightPhrase = 1.5;

    /// <summary>A passage in the question's own language wins a close call: the technician reads it as asked.</summary>
    private const double SameLanguageBonus = 1.1;

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
        if (index.EmbeddingModel is { } stored && stored != embedder.ModelName)
            throw KnowledgeStore.ModelMismatch(stored, embedder.ModelName);

        var terms = analysis.AnalyzeQuery(text);
        var keyword = index.Keyword.Search(terms, Candidates, index.InCollection(collection));
        cancellationToken.ThrowIfCancellationRequested();

        var queryVectors = QueryVectors(text, terms.Language);
        var dense = Nearest(index.Vectors, queryVectors, Candidates, index.InCollection(collection));
        var sections = Nearest(index.Headings, queryVectors, SectionCandidates, index.SectionInCollection(collection));

        // Chunk texts are read from the database only where needed: for verbatim phrases (rare)
        // and for the hits returned. Every LiteDB read in shared mode opens the file.
        var phrases = terms.Phrases.Count == 0 ? [] : PhraseMatches(terms, store.GetChunks(keyword.Concat(dense).Select(k => k.ChunkId)
            .Concat(sections.SelectMany(s => index.ChunksOf(s.ChunkId).Take(ChunksPerSection)))));

        // Fusion is per section: a long section cut into several chunks must not fill a ranking
        // with itself. Within the winning sections, the chunk with the best own ranks is shown.
        var chunkScores = new Dictionary<int, double>();
        var sectionScores = new Dictionary<int, double>();
        AddRanking(index, chunkScores, sectionScores, keyword, WeightKeyword);
        AddRanking(index, chunkScores, sectionScores, dense, WeightDense);
        AddRanking(index, chunkScores, sectionScores, phrases, WeightPhrase);
        for (var rank = 0; rank < sections.Count; rank++)
            sectionScores[sections[rank].ChunkId] = sectionScores.GetValueOrDefault(sections[rank].ChunkId) + WeightHeading / (RrfK + rank + 1);

        var best = SameLanguageBonus * (WeightKeyword + WeightDense + WeightHeading + WeightPhrase) / (RrfK + 1);
        var similarity = dense.ToDictionary(d => d.ChunkId, d => d.Score);
        var ranked = new List<(int ChunkId, double Score)>(sectionScores.Count);
        foreach (var (section, score) in sectionScores)
        {
            var chunkId = section >= 0
                ? index.ChunksOf(section).OrderByDescending(c => chunkScores.GetValueOrDefault(c)).ThenBy(c => c).First()
                : -section - 1;
            ranked.Add((chunkId, index.LanguageOf(chunkId) == terms.Language ? score * SameLanguageBonus : score));
        }
        var chosen = ranked.OrderByDescending(r => r.Score).ThenBy(r => r.ChunkId).Take(top).ToList();
        var chunks = store.GetChunks(chosen.Select(c => c.ChunkId)).ToDictionary(c => c.Id);
        var documents = store.GetDocuments(chunks.Values.Select(c => c.DocumentId));
        var hits = new List<SearchHit>(chosen.Count);
        foreach (var (chunkId, score) in chosen)
        {
            if (chunks.TryGetValue(chunkId, out var chunk) && documents.TryGetValue(chunk.DocumentId, out var document))
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

    /// <summary>
    /// Adds one ranking: each chunk scores by its own rank, each section by the rank of its first
    /// chunk among the sections of the ranking. Text before the first heading is its own section.
    /// </summary>
    private static void AddRanking(SearchIndex index, Dictionary<int, double> chunkScores, Dictionary<int, double> sectionScores, IReadOnlyList<ScoredChunk> ranking, double weight)
    {
        var seen = new HashSet<int>();
        for (var rank = 0; rank < ranking.Count; rank++)
        {
            var chunkId = ranking[rank].ChunkId;
            chunkScores[chunkId] = chunkScores.GetValueOrDefault(chunkId) + weight / (RrfK + rank + 1);
            var section = index.SectionOf(chunkId);
            if (seen.Add(section))
                sectionScores[section] = sectionScores.GetValueOrDefault(section) + weight / (RrfK + seen.Count);
        }
    }

    private static List<ScoredChunk> PhraseMatches(QueryTerms terms, IEnumerable<ChunkRecord> chunks)
    {
        var matches = new List<ScoredChunk>();
        foreach (var chunk in chunks)
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
