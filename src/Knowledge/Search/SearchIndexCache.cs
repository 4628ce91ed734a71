using System.Diagnostics;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Retrieval.Dictionary;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Search;

/// <summary>
/// Hands out the current <see cref="SearchIndex"/>, rebuilding it when the stored knowledge
/// version differs (another process, e.g. the command line, may have ingested meanwhile).
/// </summary>
internal sealed class SearchIndexCache(KnowledgeStore store, KnowledgeDictionary dictionary, IOptions<SearchOptions> options, ILogger<SearchIndexCache> logger)
{
    /// <summary>Dimensions of the indexes while nothing is stored; any query simply finds nothing.</summary>
    private const int EmptyDimensions = 384;

    /// <summary>Index size above which memory is compacted and returned to the system after loading.</summary>
    private const int CompactAfterChunks = 20_000;

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

    private SearchIndex Build(long version)
    {
        var started = Stopwatch.GetTimestamp();
        var keyword = new KeywordIndexes(options.Value.Bm25K1, options.Value.Bm25B);
        var documentOf = new Dictionary<int, (int DocumentId, string Collection, string Section, string Language, string Parent)>();
        foreach (var entry in store.LoadIndexEntries())
        {
            keyword.Add(entry.Collection, entry.ChunkId, entry.Terms);
            documentOf[entry.ChunkId] = (entry.DocumentId, entry.Collection, SectionPath.Format(entry.Section), entry.Language,
                entry.Section.Length > 1 ? SectionPath.Format(entry.Section[..^1]) : "");
        }

        VectorIndex? vectors = null;
        VectorIndex? headings = null;
        var places = new Dictionary<int, ChunkPlace>(documentOf.Count);
        var sectionIds = new Dictionary<(int Document, string Heading), int>();
        var chunksOfSection = new Dictionary<int, List<int>>();
        foreach (var (chunkId, packed, heading) in store.LoadVectors().OrderBy(v => v.ChunkId))
        {
            if (!documentOf.TryGetValue(chunkId, out var owner))
                continue;
            var vector = VectorPacking.Unpack(packed);
            vectors ??= new VectorIndex(vector.Length, Math.Max(1024, documentOf.Count));
            vectors.Add(chunkId, vector);

            var sectionId = -1;
            if (heading.Length > 0)
            {
                var key = (owner.DocumentId, owner.Section);
                if (!sectionIds.TryGetValue(key, out sectionId))
                {
                    sectionId = sectionIds.Count;
                    sectionIds[key] = sectionId;
                    headings ??= new VectorIndex(vector.Length);
                    headings.Add(sectionId, VectorPacking.Unpack(heading));
                    chunksOfSection[sectionId] = [];
                }
                chunksOfSection[sectionId].Add(chunkId);
            }
            places[chunkId] = new ChunkPlace(owner.Collection, sectionId, owner.Language);
        }

        // The sections directly below each section, in document order.
        var subsections = new Dictionary<int, List<int>>();
        foreach (var owner in documentOf.Values.Where(o => o.Parent.Length > 0).DistinctBy(o => (o.DocumentId, o.Section)))
        {
            if (sectionIds.TryGetValue((owner.DocumentId, owner.Parent), out var parentId) && sectionIds.TryGetValue((owner.DocumentId, owner.Section), out var childId))
                (subsections.TryGetValue(parentId, out var list) ? list : subsections[parentId] = []).Add(childId);
        }

        Log.IndexLoaded(logger, keyword.Count(null), vectors?.Count ?? 0, version, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        // Loading reads every chunk once; on a large knowledge base that leaves hundreds of MB of
        // garbage which the runtime would keep for a while. A board has little memory: give it back.
        if (places.Count >= CompactAfterChunks)
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

        return new SearchIndex(version, store.EmbeddingModel, keyword, vectors ?? new VectorIndex(EmptyDimensions), headings ?? new VectorIndex(EmptyDimensions),
            places, chunksOfSection.ToDictionary(s => s.Key, s => s.Value.ToArray()),
            subsections.ToDictionary(s => s.Key, s => s.Value.Order().ToArray()), dictionary.For(version, keyword.Terms()));
    }
}
