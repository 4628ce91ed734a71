using Edge.Knowledge.Ingestion;

namespace Edge.Knowledge.Tests.Ingestion;

public sealed class SafetyNoticeTests
{
    public static TheoryData<string, byte[]> HazardDocuments() => new()
    {
        { "t.txt", "Intro text.\n\nWARNING: Hot surface.\n"u8.ToArray() },
        { "t.md", "Intro text.\n\nVORSICHT: Heiße Oberfläche.\n"u8.ToArray() },
        { "t.html", "<p>Intro text.</p><p>DANGER - high voltage.</p>"u8.ToArray() },
        { "t.docx", new TestDocx().Paragraph("Intro text.").Paragraph("Achtung! Quetschgefahr.").Build() },
        { "t.pdf", new TestPdf().Paragraph("Intro text.").Paragraph("GEFAHR: Hochspannung.").Build() },
    };

    [Theory]
    [MemberData(nameof(HazardDocuments))]
    public void Notice_HazardWordAtStart_MakesANoticeInEveryReader(string fileName, byte[] content)
    {
        var document = Read.Bytes(content, fileName);

        Assert.Equal([BlockKind.Paragraph, BlockKind.Notice], document.Blocks.Select(b => b.Kind));
    }

    [Theory]
    [InlineData("Warning lights flash when the door is open.")]
    [InlineData("Note: grease every week.")]
    [InlineData("Dangerous goods are stored elsewhere.")]
    public void Notice_OrdinaryTextStartingWithSimilarWords_StaysParagraph(string text)
        => Assert.Equal(BlockKind.Paragraph, Read.Text(text, "p.txt").Blocks[0].Kind);

    [Fact]
    public void Notice_BareLabelLine_JoinsTheTextAfterIt()
    {
        var document = Read.Text("WARNING\n\nRelease the pressure before opening any line.\n", "w.txt");

        Assert.Equal(["Notice: WARNING Release the pressure before opening any line."], Read.Outline(document));
    }
}
