namespace Edge.Knowledge.Documents;

/// <summary>
/// Reads one stored document back: where its original file was read from and its passages in order,
/// so a citation can be opened at its place (the web panel's document view).
/// </summary>
public interface IKnowledgeDocuments
{
    /// <summary>
    /// The document named <paramref name="document"/> (its identity as cited), in
    /// <paramref name="collection"/> or, when null, in the first collection that holds that name;
    /// null when no collection does.
    /// </summary>
    StoredDocument? Find(string document, string? collection = null);

    /// <summary>The document's passages in reading order; empty when it is gone.</summary>
    IReadOnlyList<StoredPassage> ReadPassages(StoredDocument document);
}

/// <summary>A stored document and where it came from.</summary>
/// <param name="Name">Its identity within the collection, as citations name it.</param>
/// <param name="Collection">Its collection.</param>
/// <param name="Title">Its title.</param>
/// <param name="Format">pdf, docx, html, markdown or text.</param>
/// <param name="SourcePath">The file it was read from when last ingested (absolute), or what installed it (e.g. a pack).</param>
/// <param name="SizeBytes">Size of that file.</param>
/// <param name="Sha256">Content hash of that file: a file found at <paramref name="SourcePath"/> is the same only when it matches.</param>
/// <param name="Chunks">Number of passages.</param>
/// <param name="IngestedAtUtc">When it was stored.</param>
/// <param name="Pages">Number of pages (PDF); null for formats without pages.</param>
public sealed record StoredDocument(
    string Name, string Collection, string Title, string Format, string SourcePath, long SizeBytes, string Sha256, int Chunks, DateTime IngestedAtUtc, int? Pages = null)
{
    internal int Id { get; init; }
}

/// <summary>One passage of a stored document.</summary>
/// <param name="Section">Headings from the chapter down.</param>
/// <param name="Page">1-based PDF page, null for other formats.</param>
/// <param name="Text">The passage text.</param>
public sealed record StoredPassage(IReadOnlyList<string> Section, int? Page, string Text);
