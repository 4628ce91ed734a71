using System.Diagnostics;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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
    IOptions<SearchOptions> options,
    ILogger<HybridSearcher> logger)
{
    /// <summary>Sections taken from the heading ranking; each brings up to <see cref="ChunksPerSection"/> chunks.</summary>
    private const int SectionCandidates = 15;
    private const int ChunksPerSection = 6;

    private SearchOptions Fusion => options.Value;

    /// <summary>Searches; throws <see cref="InvalidQuestionException"/> for unusable input or an unknown collection.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int top, string? collection, CancellationToken cancellationToken = default) =>
        Search(Analyze(query), top, collection, cancellationToken);

    /// <summary>Cleans and analyses a question once, for search, the relevance gate and the answer.</summary>
    /// <exception cref="InvalidQuestionException">The question is empty or unusable.</exception>
    public AnalyzedQuestion Analyze(string query) => new(QueryText.Clean(query), analysis, indexes.Current.Translations);

    /// <summary>Searches for an analysed question.</summary>
    public IReadOnlyList<SearchHit> Search(AnalyzedQuestion question, int top, string? collection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var index = Usable(collection);
        if (index.Count == 0)
            return [];
        var vectors = embedder.EmbedQueries(EmbeddingTexts(question.Text, question.Language, index), cancellationToken);
        return Materialize([Rank(question.Text, question.Terms, vectors, top, collection, index, cancellationToken)], index)[0];
    }

    /// <summary>Searches several questions, their embeddings computed together in batches (calibration asks hundreds).</summary>
    public IReadOnlyList<IReadOnlyList<SearchHit>> SearchMany(IReadOnlyList<AnalyzedQuestion> questions, int top, string? collection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var index = Usable(collection);
        if (index.Count == 0)
            return [.. questions.Select(_ => (IReadOnlyList<SearchHit>)[])];
        var texts = questions.Select(q => q.Text).ToList();
        var terms = questions.Select(q => q.Terms).ToList();
        var embeddingTexts = texts.Select((t, i) => EmbeddingTexts(t, terms[i].Language, index)).ToList();
        var vectors = embedder.EmbedQueries([.. embeddingTexts.SelectMany(e => e)], cancellationToken);
        var ranked = new List<RankedQuery>(texts.Count);
        var next = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var own = vectors.Skip(next).Take(embeddingTexts[i].Length).ToArray();
            next += embeddingTexts[i].Length;
            ranked.Add(Rank(texts[i], terms[i], own, top, collection, index, cancellationToken));
        }
        return Materialize(ranked, index);
    }

    /// <summary>A question's ranking before its passages are read: chosen chunks with fused scores, dense similarities.</summary>
    private sealed record RankedQuery(string Text, QueryTerms Terms, List<(int ChunkId, double Score)> Chosen, Dictionary<int, double> Similarity, string? Collection, long Started);

    private SearchIndex Usable(string? collection)
    {
        var index = indexes.Current;
        if (collection is not null && !index.HasCollection(collection))
            throw new InvalidQuestionException($"no documents in collection '{collection}'");
        if (index.Count > 0 && index.EmbeddingModel is { } stored && stored != embedder.ModelName)
            throw KnowledgeStore.ModelMismatch(stored, embedder.ModelName);
        return index;
    }

    private RankedQuery Rank(string text, QueryTerms terms, float[][] queryVectors, int top, string? collection, SearchIndex index, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var keyword = index.Keyword.Search(terms, Fusion.Candidates, collection);
        cancellationToken.ThrowIfCancellationRequested();

        var dense = Nearest(index.Vectors, queryVectors, Fusion.Candidates, index.InCollection(collection));
        var sections = Nearest(index.Headings, queryVectors, SectionCandidates, index.SectionInCollection(collection));

        // Chunk texts are read from the database only where needed: for verbatim phrases (rare)
        // and for the hits returned. Every LiteDB read in shared mode opens the file.
        var phrases = terms.Phrases.Count == 0 ? [] : PhraseMatches(terms, store.GetChunks(keyword.Concat(dense).Select(k => k.ChunkId)
            .Concat(sections.SelectMany(s => index.ChunksOf(s.ChunkId).Take(ChunksPerSection)))));

        var fusion = new SectionFusion(index, Fusion.RrfK);
        fusion.AddChunks(keyword, Fusion.KeywordWeight);
        fusion.AddChunks(dense, Fusion.DenseWeight);
        fusion.AddChunks(phrases, Fusion.PhraseWeight);
        fusion.AddSections(sections, Fusion.HeadingWeight);
        var chosen = fusion.Top(top, chunkId => index.LanguageOf(chunkId) == terms.Language ? Fusion.SameLanguageBonus : 1.0);

        return new RankedQuery(text, terms, chosen, dense.ToDictionary(d => d.ChunkId, d => d.Score), collection, started);
    }

    /// <summary>Reads the chosen passages of every ranking at once (every LiteDB read in shared mode opens the file) and makes the hits.</summary>
    private List<IReadOnlyList<SearchHit>> Materialize(IReadOnlyList<RankedQuery> rankings, SearchIndex index)
    {
        // The score a passage first in every ranking would get: scores are shares of it, in [0, 1].
        var best = Fusion.SameLanguageBonus * (Fusion.KeywordWeight + Fusion.DenseWeight + Fusion.HeadingWeight + Fusion.PhraseWeight) / (Fusion.RrfK + 1);
        var chunks = store.GetChunks(rankings.SelectMany(r => r.Chosen).Select(c => c.ChunkId).Distinct()).ToDictionary(c => c.Id);
        var documents = store.GetDocuments(chunks.Values.Select(c => c.DocumentId).Distinct());
        var results = new List<IReadOnlyList<SearchHit>>(rankings.Count);
        foreach (var ranked in rankings)
        {
            var hits = new List<SearchHit>(ranked.Chosen.Count);
            foreach (var (chunkId, score) in ranked.Chosen)
            {
                if (chunks.TryGetValue(chunkId, out var chunk) && documents.TryGetValue(chunk.DocumentId, out var document))
                    hits.Add(ToHit(chunk, document, Math.Min(1.0, score / best), ranked.Similarity.GetValueOrDefault(chunk.Id)));
            }
            Log.Searched(logger, ranked.Collection ?? "*", hits.Count, Stopwatch.GetElapsedTime(ranked.Started).TotalMilliseconds);
            results.Add(hits);
        }
        return results;
    }

    /// <summary>
    /// The bundled embedding models are English-only, so a German question is embedded twice: as
    /// asked (for German manuals) and as its English glossary reading (for English manuals).
    /// </summary>
    private string[] EmbeddingTexts(string text, string language, SearchIndex index) =>
        language == "de" ? [text, analysis.GlossToEnglish(text, index.Translations)] : [text];

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

    /// <summary>A hit for a stored chunk.</summary>
    internal static SearchHit ToHit(ChunkRecord chunk, DocumentRecord document, double score, double similarity) =>
        new(document.Name, document.Title, SectionPath.Format(chunk.Section), chunk.Page, Math.Round(score, 4), chunk.Text)
        {
            ChunkId = chunk.Id,
            Collection = chunk.Collection,
            SectionHeadings = chunk.Section,
            DenseSimilarity = similarity,
        };
}
