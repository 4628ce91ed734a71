namespace Edge.Knowledge.Storage;

internal sealed partial class KnowledgeStore
{
    /// <summary>What the in-memory keyword index needs of a chunk.</summary>
    public readonly record struct IndexEntry(int ChunkId, int DocumentId, string Collection, string[] Section, string Language, string[] Terms);

    /// <summary>Every chunk's id, collection and terms, read in one pass.</summary>
    public IReadOnlyList<IndexEntry> LoadIndexEntries() =>
        [.. Chunks.Query()
            .Select(c => new { c.Id, c.DocumentId, c.Collection, c.Section, c.Language, c.Terms })
            .ToEnumerable()
            .Select(c => new IndexEntry(c.Id, c.DocumentId, c.Collection, c.Section, c.Language, c.Terms))];

    /// <summary>Every stored text vector and heading vector with its chunk id, read in one pass.</summary>
    public IEnumerable<(int ChunkId, byte[] Vector, byte[] Heading)> LoadVectors() =>
        Vectors.FindAll().Select(v => (v.Id, v.Vector, v.Heading ?? []));
}
