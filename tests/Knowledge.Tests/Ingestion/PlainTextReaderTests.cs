using System.Text;

namespace Edge.Knowledge.Tests.Ingestion;

public sealed class PlainTextReaderTests
{
    [Fact]
    public void Text_HeadingLikeLines_BecomeHeadings()
    {
        var document = Read.Text("""
            SAFETY INSTRUCTIONS

            Read this first.

            2 Maintenance

            2.1 Spindle lubrication
            Lubricate every 500 hours
            with NLGI 2 grease.

            Alarm codes
            ===========

            1. Switch off.
            2. Open the cover.
            """, "notes.txt");

        Assert.Equal(
            [
                "H1: SAFETY INSTRUCTIONS", "Paragraph: Read this first.", "H1: 2 Maintenance", "H2: 2.1 Spindle lubrication",
                "Paragraph: Lubricate every 500 hours with NLGI 2 grease.", "H1: Alarm codes", "ListItem: 1. Switch off.", "ListItem: 2. Open the cover.",
            ],
            Read.Outline(document));
    }

    [Fact]
    public void Text_PipeSeparatedLines_BecomeTableRows()
        => Assert.Equal(["TableRow: Code | Meaning", "TableRow: 2041 | Overtemperature"],
            Read.Outline(Read.Text("| Code | Meaning |\n|---|---|\n| 2041 | Overtemperature |\n", "t.txt")));

    [Fact]
    public void Text_Windows1252WithUmlauts_IsDecoded()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Schmierung der Spindel: Öl prüfen, Temperatur über 40 °C.");

        Assert.Equal("Schmierung der Spindel: Öl prüfen, Temperatur über 40 °C.", Read.Bytes(bytes, "alt.txt").Blocks[0].Text);
    }

    [Fact]
    public void Text_Utf8WithBom_IsDecodedWithoutTheBom()
        => Assert.Equal("Prüfen", Read.Bytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Prüfen")], "bom.txt").Blocks[0].Text);

    [Fact]
    public void Text_BinaryJunk_IsRejectedAsBinary()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);

        Assert.StartsWith("binary content:", Read.Failure(junk, "junk.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_HighBytesWithoutNul_AreRejectedAsBinary()
    {
        var junk = Enumerable.Range(0, 2048).Select(i => (byte)(0x80 + (i * 37 % 0x7F))).ToArray();

        Assert.StartsWith("binary content:", Read.Failure(junk, "junk.log"), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_ZeroBytes_IsRejectedAsEmpty()
        => Assert.StartsWith("empty file:", Read.Failure([], "empty.txt"), StringComparison.Ordinal);

    [Fact]
    public void Text_LogFile_KeepsLinesAsCode()
        => Assert.Equal(["Code: 12:00 start\n12:01 alarm 2041"], Read.Outline(Read.Text("12:00 start\n12:01 alarm 2041\n", "machine.log")));
}
