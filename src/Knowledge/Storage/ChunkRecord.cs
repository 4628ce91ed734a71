using LiteDB;

namespace Edge.Knowledge.Storage;

/// <summary>A stored passage with its place in the document and its keyword-search terms.</summary>
internal sealed class ChunkRecord
{
    /// <summary>Store id, also the id of the chunk's vector.</summary>
    [BsonId(autoId: true)]
    public int Id { get; set; }

    /// <summary>Id of the owning <see cref="DocumentRecord"/>.</summary>
    public int DocumentId { get; set; }

    /// <summary>Collection of the owning document, repeated so search can filter without a join.</summary>
    public string Collection { get; set; } = "";

    /// <summary>0-based position in the document.</summary>
    public int Ordinal { get; set; }

    /// <summary>Heading texts from the chapter down.</summary>
    public string[] Section { get; set; } = [];

    /// <summary>1-based page for PDFs, null otherwise.</summary>
    public int? Page { get; set; }

    /// <summary>The passage text.</summary>
    public string Text { get; set; } = "";

    /// <summary>Detected language of the passage: "de" or "en".</summary>
    public string Language { get; set; } = "en";

    /// <summary>Analysed keyword terms (stemmed words, exact codes) that the BM25 index is built from.</summary>
    public string[] Terms { get; set; } = [];
}
