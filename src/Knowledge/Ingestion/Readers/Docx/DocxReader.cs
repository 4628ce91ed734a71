using DocumentFormat.OpenXml.Packaging;
using Edge.Knowledge.Ingestion.Limits;

namespace Edge.Knowledge.Ingestion.Readers.Docx;

/// <summary>
/// Reads Word documents with the Open XML SDK. Headings come from paragraph styles resolved through
/// the styles part (name "heading N"/"Überschrift N" or outline level), list items keep their visible
/// numbering, tables become rows of " | "-joined cells, and the Title style names the document.
/// </summary>
internal sealed class DocxReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".docx", ".docm"];

    /// <inheritdoc />
    public ParsedDocument Read(Stream content, string fileName, ReadBudget budget, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream(ContentBytes.ReadAll(content, cancellationToken), writable: false);
        if (buffer.Length == 0)
        {
            throw new DocumentReadException($"empty file: {fileName} has zero bytes");
        }

        try
        {
            ZipExpansion.Check(buffer, budget, cancellationToken);
            using var document = WordprocessingDocument.Open(buffer, false, new OpenSettings { MaxCharactersInPart = budget.MaxPartBytes });
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body
                ?? throw new DocumentReadException($"not a Word document: {fileName} has no word/document.xml");
            var styles = new DocxStyles(main!.StyleDefinitionsPart?.Styles);
            var numbering = new DocxNumbering(main.NumberingDefinitionsPart?.Numbering);
            var walker = new DocxBodyWalker(styles, numbering, new BlockCollector(budget), cancellationToken);
            walker.Walk(body);
            return walker.Blocks.Build(walker.Title ?? document.PackageProperties.Title, Format, fileName);
        }
        catch (Exception ex) when (ex is not (DocumentReadException or OperationCanceledException or InsufficientExecutionStackException or OutOfMemoryException))
        {
            throw new DocumentReadException($"not a Word document: {fileName} cannot be opened ({ex.GetType().Name}: {OneLine(ex.Message)})", ex);
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
