namespace Edge.Knowledge.Answering;

/// <summary>Where an answer comes from.</summary>
/// <param name="Document">File name as ingested.</param>
/// <param name="Title">Document title.</param>
/// <param name="Section">Section path, "Chapter › Section".</param>
/// <param name="Page">1-based page for PDFs, null otherwise.</param>
/// <param name="Score">Relevance in [0, 1].</param>
public sealed record Citation(string Document, string Title, string Section, int? Page, double Score);
