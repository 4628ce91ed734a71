using LiteDB;

namespace Edge.Knowledge.Storage;

/// <summary>
/// Documents, chunks and vectors in the knowledge database. Split by operation into partial
/// files: reading documents, replacing them atomically, and loading what the indexes need.
/// </summary>
internal sealed partial class KnowledgeStore(KnowledgeDatabase database)
{
    private ILiteDatabase Db => database.Database;

    private ILiteCollection<DocumentRecord> Documents => Db.GetCollection<DocumentRecord>(KnowledgeDatabase.Collections.Documents);

    private ILiteCollection<ChunkRecord> Chunks => Db.GetCollection<ChunkRecord>(KnowledgeDatabase.Collections.Chunks);

    private ILiteCollection<VectorRecord> Vectors => Db.GetCollection<VectorRecord>(KnowledgeDatabase.Collections.Vectors);

    private ILiteCollection<MetaRecord> Meta => Db.GetCollection<MetaRecord>(KnowledgeDatabase.Collections.Meta);

    /// <summary>The change counter; moves with every ingest or removal.</summary>
    public long Version => long.TryParse(Meta.FindById(MetaKeys.Version)?.Value, out var v) ? v : 0;

    /// <summary>Name of the embedding model the stored vectors were made with; null while empty.</summary>
    public string? EmbeddingModel => Meta.FindById(MetaKeys.EmbeddingModel)?.Value;

    /// <summary>Reads a meta value.</summary>
    public string? GetMeta(string key) => Meta.FindById(key)?.Value;

    /// <summary>Writes a meta value.</summary>
    public void SetMeta(string key, string value) => Meta.Upsert(new MetaRecord { Id = key, Value = value });

    private void BumpVersion() => SetMeta(MetaKeys.Version, (Version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
