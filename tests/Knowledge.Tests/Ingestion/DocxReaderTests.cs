using System.IO.Compression;
using Edge.Knowledge.Ingestion;

namespace Edge.Knowledge.Tests.Ingestion;

public sealed class DocxReaderTests
{
    private static byte[] Manual() => new TestDocx()
        .Paragraph("Press 7 Manual", "Titel1")
        .Paragraph("Maintenance", "berschrift1")
        .Paragraph("Spindle", "U2")
        .Paragraph("Lubricate the spindle every 500 hours.")
        .Paragraph("Switch off the main switch.", numId: TestDocx.Numbered)
        .Paragraph("Check the lock-out tag.", numId: TestDocx.Numbered, level: 1)
        .Paragraph("Open the spindle cover.", numId: TestDocx.Numbered)
        .Paragraph("Grease gun", numId: TestDocx.Bulleted)
        .Paragraph("Alarm codes", "Gliederung3")
        .Table(["Code", "Meaning"], ["2041", "Spindle overtemperature"])
        .Paragraph("Hydraulics", "MeinStil")
        .Paragraph("WARNING: Release the pressure first.")
        .Build();

    [Fact]
    public void Docx_HeadingStyles_ResolveThroughStyleNamesOutlineLevelsAndBasedOn()
    {
        var document = Read.Bytes(Manual(), "press7.docx");

        Assert.Equal(["H1: Maintenance", "H2: Spindle", "H3: Alarm codes", "H2: Hydraulics"],
            Read.Outline(document).Where(l => l.StartsWith('H')));
    }

    [Fact]
    public void Docx_TitleStyle_NamesTheDocumentAndIsNotABlock()
    {
        var document = Read.Bytes(Manual(), "press7.docx");

        Assert.Equal("Press 7 Manual", document.Title);
        Assert.DoesNotContain(document.Blocks, b => b.Text == "Press 7 Manual");
    }

    [Fact]
    public void Docx_NumberedParagraphs_KeepTheirVisibleNumbering()
    {
        var document = Read.Bytes(Manual(), "press7.docx");

        Assert.Equal(["1. Switch off the main switch.", "a) Check the lock-out tag.", "2. Open the spindle cover.", "\u2022 Grease gun"],
            document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text));
    }

    [Fact]
    public void Docx_NumberedHeading_CarriesItsNumber()
    {
        var docx = new TestDocx().Paragraph("Safety", "berschrift1", TestDocx.Numbered).Paragraph("Text.").Paragraph("Maintenance", "berschrift1", TestDocx.Numbered).Build();

        Assert.Equal(["H1: 1 Safety", "Paragraph: Text.", "H1: 2 Maintenance"], Read.Outline(Read.Bytes(docx, "n.docx")));
    }

    [Fact]
    public void Docx_Table_BecomesRowsWithPipeJoinedCells()
    {
        var document = Read.Bytes(Manual(), "press7.docx");

        Assert.Equal(["Code | Meaning", "2041 | Spindle overtemperature"], document.Blocks.Where(b => b.Kind == BlockKind.TableRow).Select(b => b.Text));
    }

    [Fact]
    public void Docx_WarningParagraph_IsANotice()
        => Assert.Equal(BlockKind.Notice, Read.Bytes(Manual(), "press7.docx").Blocks[^1].Kind);

    [Fact]
    public void Docx_ZipWithoutDocumentXml_IsRejectedAsNotAWordDocument()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a document");
        }

        Assert.StartsWith("not a Word document:", Read.Failure(stream.ToArray(), "fake.docx"), StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_CorruptZip_IsRejectedAsNotAWordDocument()
    {
        var docx = Manual();

        Assert.StartsWith("not a Word document:", Read.Failure(docx[..(docx.Length / 2)], "cut.docx"), StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_ZeroBytes_IsRejectedAsEmpty()
        => Assert.StartsWith("empty file:", Read.Failure([], "empty.docx"), StringComparison.Ordinal);

    [Fact]
    public void Docx_WithoutText_IsRejectedAsEmptyOfText()
        => Assert.StartsWith("no text:", Read.Failure(new TestDocx().Paragraph("   ").Build(), "blank.docx"), StringComparison.Ordinal);
}
