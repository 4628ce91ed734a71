using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Search;

/// <summary>
/// An immutable in-memory snapshot of the keyword and vector indexes at one knowledge version.
/// LiteDB has no full-text search, so both indexes live in memory and are rebuilt from the stored
/// terms and packed vectors when the version moves.
/// </summary>
internal sealed class SearchIndex(long version, Bm25Index keyword, VectorIndex vectors, IReadOnlyDictionary<int, string> collectionOfChunk)
{
    /// <summary>The knowledge version this snapshot was built from.</summary>
    public long Version { get; } = version;

    /// <summary>BM25 over analysed terms.</summary>
    public Bm25Index Keyword { get; } = keyword;

    /// <summary>Dense vectors of every chunk.</summary>
    public VectorIndex Vectors { get; } = vectors;

    /// <summary>Number of chunks indexed.</summary>
    public int Count => collectionOfChunk.Count;

    /// <summary>A filter that keeps chunks of one collection; null for all.</summary>
    public Func<int, bool>? InCollection(string? collection) =>
        collection is null ? null : id => collectionOfChunk.TryGetValue(id, out var c) && c == collection;

    /// <summary>True when any chunk belongs to the collection.</summary>
    public bool HasCollection(string collection) => collectionOfChunk.Values.Contains(collection);
}
