using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Edge.Knowledge.Tests.Ingestion;

/// <summary>
/// Builds Word documents with the Open XML SDK. Style ids are deliberately unlike their names
/// ("berschrift1" named "heading 1", "U2" named "Überschrift 2", "Gliederung3" with only an outline
/// level), as Word writes them in localised installations.
/// </summary>
internal sealed class TestDocx
{
    /// <summary>Numbering instance of a decimal "%1." list.</summary>
    public const int Numbered = 1;

    /// <summary>Numbering instance of a bullet list.</summary>
    public const int Bulleted = 2;

    private readonly List<OpenXmlElement> _body = [];

    /// <summary>Adds a paragraph in the given style (null = Normal), optionally numbered.</summary>
    public TestDocx Paragraph(string text, string? styleId = null, int? numId = null, int level = 0)
    {
        var properties = new ParagraphProperties();
        if (styleId is not null)
        {
            properties.Append(new ParagraphStyleId { Val = styleId });
        }

        if (numId is int id)
        {
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = id }));
        }

        _body.Add(new Paragraph(properties, new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    /// <summary>Adds a table; the first row is the header.</summary>
    public TestDocx Table(params string[][] rows)
    {
        var table = new Table();
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell)))))));
        }

        _body.Add(table);
        return this;
    }

    /// <summary>Writes the .docx bytes.</summary>
    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                Style("Titel1", "Title"),
                Style("berschrift1", "heading 1", outline: 0),
                Style("U2", "Überschrift 2"),
                Style("Gliederung3", "Custom Section", outline: 2),
                Style("MeinStil", "Mein Stil", basedOn: "U2"));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.LowerLetter }, new LevelText { Val = "%2)" }) { LevelIndex = 1 })
                { AbstractNumberId = 10 },
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "\u00B7" }) { LevelIndex = 0 }) { AbstractNumberId = 20 },
                new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = Numbered },
                new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = Bulleted });
        }

        return stream.ToArray();
    }

    private static Style Style(string id, string name, int? outline = null, string? basedOn = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (outline is int level)
        {
            style.Append(new StyleParagraphProperties(new OutlineLevel { Val = level }));
        }

        return style;
    }
}
