using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Edge.Knowledge.Ingestion.Readers.Docx;

/// <summary>Walks the body of a Word document in order, including content controls.</summary>
internal sealed class DocxBodyWalker(DocxStyles styles, DocxNumbering numbering, BlockCollector blocks, CancellationToken cancellationToken)
{
    /// <summary>The blocks found so far.</summary>
    public BlockCollector Blocks => blocks;

    /// <summary>Text of the first paragraph in the Title style, if any.</summary>
    public string? Title { get; private set; }

    /// <summary>Emits blocks for every paragraph and table under the element.</summary>
    public void Walk(OpenXmlElement container)
    {
        // Content controls nest; a stack overflow would end the process, so deep nesting is refused.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var element in container.ChildElements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (element)
            {
                case Paragraph paragraph:
                    AddParagraph(paragraph);
                    break;
                case Table table:
                    AddTable(table);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Walk(element);
                    break;
            }
        }
    }

    private void AddParagraph(Paragraph paragraph)
    {
        var text = DocxText.Of(paragraph);
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        if (styles.IsTitle(styleId))
        {
            Title ??= text;
            return;
        }

        var level = properties?.OutlineLevel?.Val?.Value is int outline and < 9 ? outline + 1 : styles.HeadingLevel(styleId);
        var numberingProperties = properties?.NumberingProperties;
        var numId = numberingProperties?.NumberingId?.Val?.Value ?? styles.NumberingId(styleId);
        var ilvl = numberingProperties?.NumberingLevelReference?.Val?.Value ?? styles.NumberingLevel(styleId);
        var marker = numId is int id && text.Trim().Length > 0 ? numbering.NextMarker(id, ilvl) : null;

        if (level is int headingLevel)
        {
            Blocks.Add(BlockKind.Heading, marker is null or "\u2022" ? text : $"{marker.TrimEnd('.')} {text}", headingLevel);
        }
        else if (marker is not null || styles.IsListStyle(styleId))
        {
            Blocks.Add(BlockKind.ListItem, $"{marker ?? "\u2022"} {text}");
        }
        else
        {
            Blocks.Add(BlockKind.Paragraph, text);
        }
    }

    private void AddTable(Table table)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>().Select(c => TextCleaner.Clean(string.Join(' ', c.Descendants<Paragraph>().Select(DocxText.Of)))).ToList();
            if (cells.Any(c => c.Length > 0))
            {
                Blocks.Add(BlockKind.TableRow, string.Join(" | ", cells));
            }
        }
    }
}
