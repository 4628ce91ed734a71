namespace Edge.Knowledge.Ingestion;

/// <summary>
/// A passage cut from a document, ready to be analysed, embedded and stored.
/// </summary>
/// <param name="Ordinal">0-based position in the document.</param>
/// <param name="SectionPath">Real heading texts from the chapter down, e.g. ["Maintenance", "Spindle", "Lubrication"]; empty before the first heading.</param>
/// <param name="Page">1-based page of the chunk's first block for PDFs; null otherwise.</param>
/// <param name="Text">The passage text; blocks separated by newlines, list numbering and table rows kept.</param>
internal sealed record ChunkDraft(int Ordinal, IReadOnlyList<string> SectionPath, int? Page, string Text);
