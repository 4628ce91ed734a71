using Edge.Knowledge.Ingestion.Limits;

namespace Edge.Knowledge.Ingestion.Readers.Pdf;

/// <summary>
/// Reads PDFs with PdfPig: lines per page in reading order, running headers/footers and page numbers
/// dropped, headings recovered from font size, weight and numbering, every block tagged with its page.
/// PDFs that are only owner-restricted (they open without a password) are read; a PDF that needs a
/// password to open is rejected. The text is taken out by <paramref name="extract"/>: PdfPig in this
/// process by default, or a bounded child process where the host offers one.
/// </summary>
internal sealed class PdfReader(PdfTextSource? extract = null) : IDocumentReader
{
    private readonly PdfTextSource _extract = extract ?? PdfTextExtractor.Extract;

    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc />
    public ParsedDocument Read(Stream content, string fileName, ReadBudget budget, CancellationToken cancellationToken = default)
    {
        var bytes = ContentBytes.ReadAll(content, cancellationToken);
        CheckEnvelope(bytes, fileName);
        var text = _extract(bytes, fileName, budget, cancellationToken);
        if (text.Pages.All(p => p.Count == 0))
        {
            throw new DocumentReadException($"no text layer (scanned PDF?); OCR is not supported: {fileName}");
        }

        var lines = PdfPageFurniture.Remove([.. text.Pages.Select(p => p.ToList())]).SelectMany(p => p).ToList();
        var blocks = new BlockCollector(budget);
        new PdfBlockBuilder(new PdfTypography(lines), blocks).AddLines(lines, cancellationToken);
        var title = blocks.Blocks.FirstOrDefault(b => b is { Kind: BlockKind.Heading, HeadingLevel: 1, Page: 1 })?.Text ?? text.InfoTitle;
        return blocks.Build(title, Format, fileName) with { Pages = text.Pages.Count };
    }

    // Cheap structural checks first: they give clearer reasons than a parser deep in a broken file.
    private static void CheckEnvelope(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0)
        {
            throw new DocumentReadException($"empty file: {fileName} has zero bytes");
        }

        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            throw new DocumentReadException($"not a PDF: {fileName} has no %PDF header");
        }

        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 2048));
        if (tail.IndexOf("%%EOF"u8) < 0)
        {
            throw new DocumentReadException($"truncated PDF: {fileName} ends without the %%EOF marker (incomplete copy or download?)");
        }
    }
}

/// <summary>Takes the text out of a PDF's bytes within a budget.</summary>
internal delegate PdfText PdfTextSource(byte[] bytes, string fileName, ReadBudget budget, CancellationToken cancellationToken);
