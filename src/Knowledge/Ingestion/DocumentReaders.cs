using Edge.Knowledge.Ingestion.Limits;
using Edge.Knowledge.Ingestion.Readers;
using Edge.Knowledge.Ingestion.Readers.Docx;
using Edge.Knowledge.Ingestion.Readers.Pdf;

namespace Edge.Knowledge.Ingestion;

/// <summary>
/// Picks the reader for a file by extension, with content sniffing for files whose extension lies:
/// a file starting with "%PDF-" is read as PDF and a zip archive as DOCX whatever its name, because
/// plants rename files freely and the content is what can be read. Any library failure on bad
/// content surfaces as <see cref="DocumentReadException"/>; cancellation passes through.
/// </summary>
internal sealed class DocumentReaders
{
    private readonly IngestionLimitsOptions _limits;
    private readonly Dictionary<string, IDocumentReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IDocumentReader> _byFormat = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers readers; a later reader wins an extension that two readers claim.</summary>
    public DocumentReaders(IEnumerable<IDocumentReader> readers, IngestionLimitsOptions? limits = null)
    {
        _limits = limits ?? new IngestionLimitsOptions();
        foreach (var reader in readers)
        {
            _byFormat[reader.Format] = reader;
            foreach (var extension in reader.Extensions)
            {
                _byExtension[extension] = reader;
            }
        }
    }

    /// <summary>PDF, DOCX, HTML, Markdown and plain text, within the default limits.</summary>
    public static DocumentReaders Default { get; } = Create(new IngestionLimitsOptions());

    /// <summary>
    /// PDF, DOCX, HTML, Markdown and plain text, within <paramref name="limits"/>; PDFs are read in a
    /// child process when the host names one with <paramref name="pdfReader"/>.
    /// </summary>
    public static DocumentReaders Create(IngestionLimitsOptions limits, PdfReaderCommand? pdfReader = null) =>
        new([new PdfReader(pdfReader is null ? null : new PdfReaderProcess(pdfReader).Extract), new DocxReader(), new HtmlReader(), new MarkdownReader(), new PlainTextReader()], limits);

    /// <summary>Supported extensions, lower case with the dot, sorted.</summary>
    public IReadOnlyList<string> SupportedExtensions => [.. _byExtension.Keys.Order(StringComparer.Ordinal)];

    /// <summary>True when the file's extension has a reader (folder ingestion uses this to pick files).</summary>
    public bool IsSupported(string path) => _byExtension.ContainsKey(Path.GetExtension(path));

    /// <summary>The reader for the file's extension, or null when none is registered.</summary>
    public IDocumentReader? ForPath(string path) => _byExtension.GetValueOrDefault(Path.GetExtension(path));

    /// <summary>Reads a file from disk; the document name is the file name.</summary>
    public ParsedDocument Read(string path, CancellationToken cancellationToken = default)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path), cancellationToken);
    }

    /// <summary>
    /// Reads content named <paramref name="fileName"/>, choosing the reader by content first, then
    /// extension, within a fresh budget of this registry's limits.
    /// </summary>
    public ParsedDocument Read(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var budget = new ReadBudget(_limits);
        var bytes = ContentBytes.ReadAll(content, cancellationToken);
        var reader = Sniff(bytes, fileName) ?? ForPath(fileName)
            ?? throw new DocumentReadException($"unsupported format: {fileName} (supported: {string.Join(", ", SupportedExtensions)})");
        try
        {
            using var buffer = new MemoryStream(bytes, writable: false);
            return reader.Read(buffer, fileName, budget, cancellationToken);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new DocumentReadException($"nested too deeply to read: {fileName} (Knowledge:Limits:MaxNestingDepth)");
        }
        catch (Exception ex) when (ex is not (DocumentReadException or OperationCanceledException or OutOfMemoryException))
        {
            throw new DocumentReadException($"unreadable {reader.Format}: {fileName} ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")})", ex);
        }
    }

    private IDocumentReader? Sniff(byte[] bytes, string fileName)
    {
        // Only a header at the very start counts: a text file may well mention "%PDF-1.7" further down.
        var head = bytes.AsSpan().TrimStart(" \t\r\n"u8);
        if (head.StartsWith("%PDF-"u8) && _byFormat.TryGetValue("pdf", out var pdf))
        {
            return pdf;
        }

        // Zip archives: only Word documents are read; anything else gets the DOCX reader's clear "not a Word document".
        if (head.StartsWith("PK\u0003\u0004"u8) && ForPath(fileName)?.Format != "docx" && _byFormat.TryGetValue("docx", out var docx))
        {
            return docx;
        }

        return null;
    }
}
