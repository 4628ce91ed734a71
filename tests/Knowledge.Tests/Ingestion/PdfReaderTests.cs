using Edge.Knowledge.Ingestion;

namespace Edge.Knowledge.Tests.Ingestion;

public sealed class PdfReaderTests
{
    private static TestPdf Manual() => new TestPdf { Footer = "ACME Press 7 Operating Manual - page {page}" }
        .Heading("Press 7 Operating Manual", 20)
        .Paragraph("This manual describes operation and maintenance of the press.", "Keep it at the machine.")
        .Heading("3 Maintenance", 15)
        .Paragraph("Maintenance keeps the press safe and precise.")
        .Heading("3.2 Spindle lubrication", 13)
        .Paragraph("Lubricate the spindle every 500 operating hours with grease", "of class NLGI 2.")
        .Line("1. Switch off the main switch.", 24)
        .Line("2. Open the spindle cover.")
        .Line("3. Apply grease to the nipple.")
        .NewPage()
        .Heading("Alarm codes", 13)
        .Line("Code        Meaning                 Action", 24)
        .Line("2041        Spindle overtemperature     Check coolant flow")
        .Line("2042        Spindle overload            Reduce feed rate")
        .Line("Check settings", 26, font: "bold")
        .Paragraph("Body text after a bold heading that sits at body size.");

    [Fact]
    public void Pdf_HeadingsFromFontSizeAndWeight_GetLevelsBySizeRankAndNumbering()
    {
        var document = Read.Bytes(Manual().Build(), "press7.pdf");

        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Text, b.HeadingLevel)).ToList();
        Assert.Equal(
            [("Press 7 Operating Manual", 1), ("3 Maintenance", 1), ("3.2 Spindle lubrication", 2), ("Alarm codes", 3), ("Check settings", 4)],
            headings);
        Assert.Equal("Press 7 Operating Manual", document.Title);
        Assert.Equal("pdf", document.Format);
    }

    [Fact]
    public void Pdf_WrappedLines_JoinIntoParagraphsWithTheirPage()
    {
        var document = Read.Bytes(Manual().Build(), "press7.pdf");

        var lubrication = Assert.Single(document.Blocks, b => b.Text.StartsWith("Lubricate", StringComparison.Ordinal));
        Assert.Equal("Lubricate the spindle every 500 operating hours with grease of class NLGI 2.", lubrication.Text);
        Assert.Equal(1, lubrication.Page);
        Assert.Equal(2, Assert.Single(document.Blocks, b => b.Text == "Alarm codes").Page);
        Assert.All(document.Blocks, b => Assert.NotNull(b.Page));
    }

    [Fact]
    public void Pdf_RepeatedFooterAndPageNumbers_AreDropped()
    {
        var document = Read.Bytes(Manual().Build(), "press7.pdf");

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Operating Manual - page", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Blocks, b => b.Text is "1" or "2");
    }

    [Fact]
    public void Pdf_NumberedLinesAndAlignedColumns_BecomeListItemsAndTableRows()
    {
        var document = Read.Bytes(Manual().Build(), "press7.pdf");

        Assert.Equal(["1. Switch off the main switch.", "2. Open the spindle cover.", "3. Apply grease to the nipple."],
            document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text));
        Assert.Equal(
            ["Code | Meaning | Action", "2041 | Spindle overtemperature | Check coolant flow", "2042 | Spindle overload | Reduce feed rate"],
            document.Blocks.Where(b => b.Kind == BlockKind.TableRow).Select(b => b.Text));
    }

    [Fact]
    public void Pdf_BulletsWithTabGap_AreListItemsNotTableRows()
    {
        var pdf = new TestPdf().Heading("Tools", 15).Paragraph("You need:").Bullet("Grease gun", 24).Bullet("Hex key 5 mm").Bullet("Torque wrench").Build();

        Assert.Equal(["\u2022 Grease gun", "\u2022 Hex key 5 mm", "\u2022 Torque wrench"],
            Read.Bytes(pdf, "tools.pdf").Blocks.Where(b => b.Kind is BlockKind.ListItem or BlockKind.TableRow).Select(b => b.Text));
    }

    [Fact]
    public void Pdf_MonospacedLines_BecomeOneCodeBlock()
    {
        var pdf = new TestPdf().Heading("Configuration", 15).Paragraph("Add this section:").Code("[stepper_x]", "step_pin: PA1", "dir_pin: !PA2").Build();

        var code = Assert.Single(Read.Bytes(pdf, "config.pdf").Blocks, b => b.Kind == BlockKind.Code);
        Assert.Equal("[stepper_x]\nstep_pin: PA1\ndir_pin: !PA2", code.Text);
    }

    [Fact]
    public void Pdf_BoldSentenceAtBodySize_IsNotAHeading()
    {
        var pdf = new TestPdf().Heading("Cleaning", 15).Paragraph("Clean the table daily.")
            .Line("Never clean the table while the press is running!", 24, font: "bold").Paragraph("Use a dry cloth.").Build();

        Assert.DoesNotContain(Read.Bytes(pdf, "clean.pdf").Blocks, b => b.Kind == BlockKind.Heading && b.Text.StartsWith("Never", StringComparison.Ordinal));
    }

    [Fact]
    public void Pdf_WarningParagraph_IsANotice()
    {
        var pdf = new TestPdf().Heading("Hydraulics", 15).Paragraph("WARNING: Release the pressure before opening any line.").Build();

        Assert.Equal(BlockKind.Notice, Assert.Single(Read.Bytes(pdf, "hyd.pdf").Blocks, b => b.Text.StartsWith("WARNING", StringComparison.Ordinal)).Kind);
    }

    [Fact]
    public void Pdf_Encrypted_IsRejectedAsEncrypted()
        => Assert.StartsWith("encrypted PDF:", Read.Failure(HandWrittenPdf.Encrypted(), "secret.pdf"), StringComparison.Ordinal);

    [Fact]
    public void Pdf_TruncatedToHalf_IsRejectedAsTruncated()
    {
        var pdf = Manual().Build();

        Assert.StartsWith("truncated PDF:", Read.Failure(pdf[..(pdf.Length / 2)], "half.pdf"), StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_CorruptBody_IsRejectedAsMalformed()
    {
        var pdf = Manual().Build();
        var broken = pdf[..12].Concat(new byte[pdf.Length - 200]).Concat(pdf[^188..]).ToArray();

        Assert.Matches("^(malformed|no text)", Read.Failure(broken, "broken.pdf"));
    }

    [Fact]
    public void Pdf_WithoutText_IsRejectedAsScanned()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 200, 300);

        Assert.StartsWith("no text layer (scanned PDF?); OCR is not supported", Read.Failure(builder.Build(), "scan.pdf"), StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_ZeroBytes_IsRejectedAsEmpty()
        => Assert.StartsWith("empty file:", Read.Failure([], "empty.pdf"), StringComparison.Ordinal);

    [Fact]
    public void Pdf_HtmlNamedPdf_IsRejectedAsNotAPdf()
        => Assert.StartsWith("not a PDF:", Read.Failure("<html><body>hi</body></html>"u8.ToArray(), "page.pdf"), StringComparison.Ordinal);
}
