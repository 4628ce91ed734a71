using System.Diagnostics;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.Logging;

namespace Edge.Knowledge.Search;

/// <summary>
/// Hands out the current <see cref="SearchIndex"/>, rebuilding it when the stored knowledge
/// version differs (another process, e.g. the command line, may have ingested meanwhile).
/// </summary>
internal sealed class SearchIndexCache(KnowledgeStore store, ILogger<SearchIndexCache> logger)
{
    private readonly Lock _rebuild = new();
    private SearchIndex? _current;

    /// <summary>The index for the stored version, rebuilt first if needed.</summary>
    public SearchIndex Current
    {
        get
        {
            var version = store.Version;
            var current = _current;
            if (current is not null && current.Version == version)
                return current;
            lock (_rebuild)
            {
                if (_current is null || _current.Version != version)
                    _current = Build(version);
                return _current;
            }
        }
    }

    /// <summary>Dimensions of the index while nothing is stored; any query simply finds nothing.</summary>
    private const int EmptyDimensions = 384;

    private SearchIndex Build(long version)
    {
        var started = Stopwatch.GetTimestamp();
        var keyword = new Bm25Index();
        var collections = new Dictionary<int, string>();
        foreach (var entry in store.LoadIndexEntries())
        {
            keyword.Add(entry.ChunkId, entry.Terms);
            collections[entry.ChunkId] = entry.Collection;
        }
        VectorIndex? vectors = null;
        foreach (var (chunkId, packed) in store.LoadVectors())
        {
            var vector = VectorPacking.Unpack(packed);
            vectors ??= new VectorIndex(vector.Length, Math.Max(1024, keyword.Count));
            vectors.Add(chunkId, vector);
        }
        vectors ??= new VectorIndex(EmptyDimensions);

        Log.IndexLoaded(logger, keyword.Count, vectors.Count, version, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new SearchIndex(version, keyword, vectors, collections);
    }
}
