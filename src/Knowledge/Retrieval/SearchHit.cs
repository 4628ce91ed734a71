namespace Edge.Knowledge.Retrieval;

/// <summary>One ranked passage returned by search; the JSON shape of <c>edge-agent search --json</c>.</summary>
/// <param name="Document">File name as ingested.</param>
/// <param name="Title">Document title.</param>
/// <param name="Section">Section path, "Chapter › Section".</param>
/// <param name="Page">1-based page for PDFs, null otherwise.</param>
/// <param name="Score">Fused relevance, higher is better, in [0, 1].</param>
/// <param name="Text">The passage text.</param>
public sealed record SearchHit(string Document, string Title, string Section, int? Page, double Score, string Text)
{
    /// <summary>Store id of the chunk, for answerers that need neighbouring passages.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int ChunkId { get; init; }

    /// <summary>Collection the document belongs to.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Collection { get; init; } = "";

    /// <summary>The section path as separate heading texts.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> SectionHeadings { get; init; } = [];

    /// <summary>Cosine similarity of the passage to the question (0 when it came from keyword search only).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double DenseSimilarity { get; init; }
}
