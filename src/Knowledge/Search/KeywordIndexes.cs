using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Search;

/// <summary>
/// One BM25 index per collection. A collection is usually one machine's manuals: how rare a word
/// is, and how long a passage is, are judged within that machine's manuals, so adding another
/// machine to the board changes neither its ranking nor its decline decisions. A search over all
/// collections merges the per-collection results by score.
/// </summary>
internal sealed class KeywordIndexes(double k1 = 1.2, double b = 0.35)
{
    private readonly Dictionary<string, Bm25Index> _byCollection = new(StringComparer.Ordinal);

    /// <summary>Adds a chunk's terms to its collection's index.</summary>
    public void Add(string collection, int chunkId, IReadOnlyList<string> terms)
    {
        if (!_byCollection.TryGetValue(collection, out var index))
            _byCollection[collection] = index = new Bm25Index(k1, b);
        index.Add(chunkId, terms);
    }

    /// <summary>Every indexed term of every collection.</summary>
    public IReadOnlySet<string> Terms() => _byCollection.Values.SelectMany(i => i.Terms).ToHashSet(StringComparer.Ordinal);

    /// <summary>Number of chunks in <paramref name="collection"/>, or in all collections for null.</summary>
    public int Count(string? collection) => Indexes(collection).Sum(i => i.Count);

    /// <summary>Number of chunks of the collection (null: all) that contain every one of <paramref name="terms"/>.</summary>
    public int DocumentFrequency(IReadOnlyList<string> terms, string? collection) =>
        Indexes(collection).Sum(i => i.DocumentFrequency(terms));

    /// <summary>The best chunks of the collection (null: of every collection, merged by score).</summary>
    public IReadOnlyList<ScoredChunk> Search(QueryTerms query, int top, string? collection)
    {
        var indexes = Indexes(collection).ToList();
        if (indexes.Count == 1)
            return indexes[0].Search(query, top);
        return [.. indexes.SelectMany(i => i.Search(query, top)).OrderByDescending(c => c.Score).ThenBy(c => c.ChunkId).Take(top)];
    }

    private IEnumerable<Bm25Index> Indexes(string? collection) =>
        collection is null ? _byCollection.Values
        : _byCollection.TryGetValue(collection, out var index) ? [index] : [];
}
