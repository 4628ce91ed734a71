using LiteDB;

namespace Edge.Knowledge.Storage;

/// <summary>A named value about the knowledge base as a whole (version, embedding model, pack).</summary>
internal sealed class MetaRecord
{
    /// <summary>The key.</summary>
    [BsonId(autoId: false)]
    public string Id { get; set; } = "";

    /// <summary>The value.</summary>
    public string Value { get; set; } = "";
}

/// <summary>Keys of <see cref="MetaRecord"/> values.</summary>
internal static class MetaKeys
{
    /// <summary>Increases with every change of documents; readers reload their indexes when it moves.</summary>
    public const string Version = "knowledge.version";

    /// <summary>Name of the embedding model the stored vectors were made with.</summary>
    public const string EmbeddingModel = "embedding.model";

    /// <summary>Version of the installed knowledge pack, if any.</summary>
    public const string PackVersion = "pack.version";
}
