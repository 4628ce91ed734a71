using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Edge.Knowledge.Ingestion.Readers.Pdf;

/// <summary>
/// Reads PDFs with PdfPig: lines per page in reading order, running headers/footers and page numbers
/// dropped, headings recovered from font size, weight and numbering, every block tagged with its page.
/// PDFs that are only owner-restricted (they open without a password) are read; a PDF that needs a
/// password to open is rejected.
/// </summary>
internal sealed class PdfReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc />
    public ParsedDocument Read(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var bytes = StreamBytes.ReadAll(content, cancellationToken);
        CheckEnvelope(bytes, fileName);
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { SkipMissingFonts = true });
            var pages = new List<List<PdfLine>>(document.NumberOfPages);
            foreach (var page in document.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                pages.Add(PdfLineBuilder.Build(page));
            }

            if (pages.All(p => p.Count == 0))
            {
                throw new DocumentReadException($"no text layer (scanned PDF?); OCR is not supported: {fileName}");
            }

            var lines = PdfPageFurniture.Remove(pages).SelectMany(p => p).ToList();
            var blocks = new BlockCollector();
            new PdfBlockBuilder(new PdfTypography(lines), blocks).AddLines(lines, cancellationToken);
            var title = blocks.Blocks.FirstOrDefault(b => b is { Kind: BlockKind.Heading, HeadingLevel: 1, Page: 1 })?.Text
                ?? document.Information.Title;
            return blocks.Build(title, Format, fileName);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentReadException($"encrypted PDF: {fileName} needs a password to open", ex);
        }
        catch (Exception ex) when (ex is not (DocumentReadException or OperationCanceledException))
        {
            throw new DocumentReadException($"malformed PDF: {fileName} cannot be parsed ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")})", ex);
        }
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
