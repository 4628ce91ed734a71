using LiteDB;

namespace Edge.Knowledge.Storage;

/// <summary>One ingested document; (Collection, Name) is its identity.</summary>
internal sealed class DocumentRecord
{
    /// <summary>Store id.</summary>
    [BsonId(autoId: true)]
    public int Id { get; set; }

    /// <summary>File name as ingested, e.g. "vmc-850.pdf".</summary>
    public string Name { get; set; } = "";

    /// <summary>Collection the document belongs to (usually one per machine).</summary>
    public string Collection { get; set; } = "";

    /// <summary>Lower-case hex sha256 of the file content; unchanged files are skipped by it.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>pdf, docx, html, markdown or text.</summary>
    public string Format { get; set; } = "";

    /// <summary>Title from the document, or the file name without extension.</summary>
    public string Title { get; set; } = "";

    /// <summary>Where the file was read from when it was last ingested.</summary>
    public string SourcePath { get; set; } = "";

    /// <summary>File size in bytes.</summary>
    public long SizeBytes { get; set; }

    /// <summary>Number of chunks stored for the document.</summary>
    public int ChunkCount { get; set; }

    /// <summary>Number of pages (PDF); null for formats without pages and for documents stored before pages were counted.</summary>
    public int? Pages { get; set; }

    /// <summary>When the current content was ingested (UTC).</summary>
    public DateTime IngestedAtUtc { get; set; }
}
