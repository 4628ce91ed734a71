using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Retrieval.Dictionary;

namespace Edge.Knowledge.Search;

/// <summary>
/// An immutable in-memory snapshot of the search indexes at one knowledge version. LiteDB has no
/// full-text search, so the keyword index, the passage vectors and the section-heading vectors
/// live in memory and are rebuilt from the stored terms and packed vectors when the version moves.
/// </summary>
internal sealed class SearchIndex(
    long version,
    string? embeddingModel,
    KeywordIndexes keyword,
    VectorIndex vectors,
    VectorIndex headings,
    IReadOnlyDictionary<int, ChunkPlace> places,
    IReadOnlyDictionary<int, int[]> chunksOfSection,
    IReadOnlyDictionary<int, int[]> subsections,
    TranslationTable translations)
{
    /// <summary>The dictionary narrowed to these manuals' words.</summary>
    public TranslationTable Translations { get; } = translations;

    /// <summary>The knowledge version this snapshot was built from.</summary>
    public long Version { get; } = version;

    /// <summary>The embedding model the stored vectors were made with; null while empty.</summary>
    public string? EmbeddingModel { get; } = embeddingModel;

    /// <summary>BM25 over analysed terms, one index per collection.</summary>
    public KeywordIndexes Keyword { get; } = keyword;

    /// <summary>Dense vectors of every chunk.</summary>
    public VectorIndex Vectors { get; } = vectors;

    /// <summary>Dense vectors of every section's headings, by section id.</summary>
    public VectorIndex Headings { get; } = headings;

    /// <summary>Number of chunks indexed.</summary>
    public int Count => places.Count;

    /// <summary>Number of chunks in a collection; all chunks for null.</summary>
    public int CountIn(string? collection) => collection is null ? places.Count : Keyword.Count(collection);

    /// <summary>The section id of a chunk; for text before the first heading, -(chunk id + 1).</summary>
    public int SectionOf(int chunkId) =>
        places.TryGetValue(chunkId, out var place) && place.SectionId >= 0 ? place.SectionId : -chunkId - 1;

    /// <summary>Detected language of a chunk ("de", "en").</summary>
    public string LanguageOf(int chunkId) => places.TryGetValue(chunkId, out var place) ? place.Language : "";

    /// <summary>The chunks of a section, in document order.</summary>
    public IReadOnlyList<int> ChunksOf(int sectionId) => chunksOfSection.TryGetValue(sectionId, out var ids) ? ids : [];

    /// <summary>The sections directly below a section, in document order.</summary>
    public IReadOnlyList<int> SubsectionsOf(int sectionId) => subsections.TryGetValue(sectionId, out var ids) ? ids : [];

    /// <summary>A filter that keeps chunks of one collection; null for all.</summary>
    public Func<int, bool>? InCollection(string? collection) =>
        collection is null ? null : id => places.TryGetValue(id, out var p) && p.Collection == collection;

    /// <summary>A filter over section ids that keeps sections of one collection; null for all.</summary>
    public Func<int, bool>? SectionInCollection(string? collection) =>
        collection is null ? null : id => ChunksOf(id) is [var first, ..] && places[first].Collection == collection;

    private readonly HashSet<string> _collections = [.. places.Values.Select(p => p.Collection)];

    /// <summary>True when any chunk belongs to the collection.</summary>
    public bool HasCollection(string collection) => _collections.Contains(collection);
}

/// <summary>Where a chunk lives: its collection, the id of its section in the heading index, its language.</summary>
/// <param name="Collection">Collection name.</param>
/// <param name="SectionId">Section id; -1 for text before the first heading.</param>
/// <param name="Language">Detected language of the chunk.</param>
internal readonly record struct ChunkPlace(string Collection, int SectionId, string Language);
