using Edge.Knowledge.Ingestion.Limits;

namespace Edge.Knowledge.Ingestion;

/// <summary>Turns one file format into a <see cref="ParsedDocument"/>.</summary>
internal interface IDocumentReader
{
    /// <summary>Format name stored with the document: pdf, docx, html, markdown, text.</summary>
    string Format { get; }

    /// <summary>File extensions (lower case, with the dot) this reader takes.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>
    /// Reads the whole document. Throws <see cref="DocumentReadException"/> with a one-line,
    /// human-readable reason for encrypted, truncated, malformed or empty input; never anything else
    /// for bad content, including content that runs out of <paramref name="budget"/>.
    /// </summary>
    ParsedDocument Read(Stream content, string fileName, ReadBudget budget, CancellationToken cancellationToken = default);
}
