using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Edge.Knowledge.Tests.Ingestion;

/// <summary>
/// Lays out test PDFs the way a word processor would: body text in 11 pt Helvetica with 14 pt line
/// pitch and a wider gap between paragraphs, headings in larger bold type, code in Courier,
/// an optional running footer and page number on every page.
/// </summary>
internal sealed class TestPdf
{
    private const double Left = 56;
    private const double Top = 780;
    private readonly List<List<(string Text, double Size, string Font, double Gap, double Indent)>> _pages = [[]];

    /// <summary>A running footer printed at the bottom of every page ("{page}" is replaced by the page number).</summary>
    public string? Footer { get; init; }

    /// <summary>Adds a heading line in bold at the given size.</summary>
    public TestPdf Heading(string text, double size) => Add(text, size, "bold", 26);

    /// <summary>Adds a paragraph; each string is one printed line.</summary>
    public TestPdf Paragraph(params string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            Add(lines[i], 11, "regular", i == 0 ? 24 : 14);
        }

        return this;
    }

    /// <summary>Adds one line at body size with the given gap above (14 = same paragraph).</summary>
    public TestPdf Line(string text, double gap = 14, string font = "regular", double indent = 0) => Add(text, 11, font, gap, indent);

    /// <summary>Adds a bulleted item the way word processors print it: the bullet, a tab-wide gap, the text.</summary>
    public TestPdf Bullet(string text, double gap = 14)
    {
        Add("\u2022", 11, "regular", gap, 10);
        return Add(text, 11, "regular", 0, 30);
    }

    /// <summary>Adds code lines in Courier, indented like a pre block.</summary>
    public TestPdf Code(params string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            Add(lines[i], 9.5, "mono", i == 0 ? 24 : 12, 6);
        }

        return this;
    }

    /// <summary>Starts a new page.</summary>
    public TestPdf NewPage()
    {
        _pages.Add([]);
        return this;
    }

    /// <summary>Writes the PDF.</summary>
    public byte[] Build()
    {
        var builder = new PdfDocumentBuilder();
        var fonts = new Dictionary<string, PdfDocumentBuilder.AddedFont>
        {
            ["regular"] = builder.AddStandard14Font(Standard14Font.Helvetica),
            ["bold"] = builder.AddStandard14Font(Standard14Font.HelveticaBold),
            ["mono"] = builder.AddStandard14Font(Standard14Font.Courier),
        };
        for (var p = 0; p < _pages.Count; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = Top;
            foreach (var (text, size, font, gap, indent) in _pages[p])
            {
                y -= gap;
                page.AddText(text, size, new PdfPoint(Left + indent, y), fonts[font]);
            }

            if (Footer is not null)
            {
                page.AddText(Footer.Replace("{page}", (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), 8, new PdfPoint(Left, 30), fonts["regular"]);
                page.AddText((p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 8, new PdfPoint(520, 800), fonts["regular"]);
            }
        }

        return builder.Build();
    }

    private TestPdf Add(string text, double size, string font, double gap, double indent = 0)
    {
        _pages[^1].Add((text, size, font, gap, indent));
        return this;
    }
}
