using System.Text;
using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Ingestion.Limits;

namespace Edge.Knowledge.Tests.Ingestion;

/// <summary>
/// Each reader refuses a document by what it expands to, naming the limit's key, before the
/// expansion is held in memory. Small limits keep the files small; the end-to-end tests run the
/// full-size bombs against the default limits in a child process and measure its memory.
/// </summary>
public sealed class ExpansionLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Refusal(byte[] content, string fileName, IngestionLimitsOptions limits)
    {
        using var stream = new MemoryStream(content);
        return Assert.Throws<DocumentReadException>(() => DocumentReaders.Create(limits).Read(stream, fileName, Ct)).Message;
    }

    [Fact]
    public void PdfStream_InflatingPastThePartLimit_IsRefusedNamingTheKey()
    {
        var pdf = HostileFiles.PdfWithExpandingStream(3L << 20);

        Assert.Equal("too large: a PDF stream expands to more than 2 MB (Knowledge:Limits:MaxExpandedMbPerPart)",
            Refusal(pdf, "bomb.pdf", new IngestionLimitsOptions { MaxExpandedMbPerPart = 2 }));
    }

    [Fact]
    public void PdfStream_WithinThePartLimit_IsRead()
    {
        var pdf = HostileFiles.PdfWithLetters(pages: 1, lettersPerPage: 40);

        var document = DocumentReaders.Create(new IngestionLimitsOptions { MaxExpandedMbPerPart = 1 }).Read(new MemoryStream(pdf), "ok.pdf", Ct);

        Assert.Contains(new string('W', 40), document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Pdf_WithMorePagesThanTheLimit_IsRefusedBeforeAnyPageIsRead() =>
        Assert.Equal("too many pages: 3, over 2 (Knowledge:Limits:MaxPages)",
            Refusal(HostileFiles.PdfWithLetters(pages: 3, lettersPerPage: 10), "long.pdf", new IngestionLimitsOptions { MaxPages = 2 }));

    [Fact]
    public void PdfPage_WithMoreLettersThanThePageLimit_IsRefused() =>
        Assert.Equal("too much text: page 1 holds more than 1,000 characters (Knowledge:Limits:MaxCharactersPerPage)",
            Refusal(HostileFiles.PdfWithLetters(pages: 1, lettersPerPage: 5000), "dense.pdf", new IngestionLimitsOptions { MaxCharactersPerPage = 1000 }));

    [Fact]
    public void Pdf_WithMoreLettersThanTheDocumentLimit_IsRefused() =>
        Assert.Equal("too much text: more than 2,000 characters (Knowledge:Limits:MaxCharacters)",
            Refusal(HostileFiles.PdfWithLetters(pages: 3, lettersPerPage: 900), "many.pdf", new IngestionLimitsOptions { MaxCharacters = 2000 }));

    [Fact]
    public void DocxPart_InflatingPastThePartLimit_IsRefusedNamingThePart()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bomb.docx");
        HostileFiles.DocxWithExpandingPart(path, 3L << 20);

        Assert.Equal("too large: word/document.xml expands to more than 2 MB (Knowledge:Limits:MaxExpandedMbPerPart)",
            Refusal(File.ReadAllBytes(path), "bomb.docx", new IngestionLimitsOptions { MaxExpandedMbPerPart = 2 }));
    }

    [Fact]
    public void Docx_WithMoreTextThanTheLimit_IsRefused()
    {
        using var dir = new TempDirectory();
        var path = dir.File("long.docx");
        HostileFiles.DocxWithExpandingPart(path, 5000);

        Assert.Equal("too much text: more than 2,000 characters (Knowledge:Limits:MaxCharacters)",
            Refusal(File.ReadAllBytes(path), "long.docx", new IngestionLimitsOptions { MaxCharacters = 2000 }));
    }

    [Fact]
    public void Html_NestedDeeperThanTheLimit_IsRefusedBeforeItIsParsed() =>
        Assert.Equal("nested too deeply: more than 256 levels (Knowledge:Limits:MaxNestingDepth)",
            Refusal(Encoding.UTF8.GetBytes(HostileFiles.NestedHtml(100_000)), "nested.html", new IngestionLimitsOptions()));

    [Fact]
    public void Html_NestedWithinTheLimit_IsRead() =>
        Assert.Equal("Open the guard.", Read.Bytes(Encoding.UTF8.GetBytes(HostileFiles.NestedHtml(200)), "nested.html").Blocks.Single().Text);

    [Fact]
    public void Html_WithMoreElementsThanTheLimit_IsRefused()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<p>Check the oil.</p>", 300)) + "</body></html>";

        Assert.Equal("too many elements: more than 200 (Knowledge:Limits:MaxElements)",
            Refusal(Encoding.UTF8.GetBytes(html), "flat.html", new IngestionLimitsOptions { MaxElements = 200 }));
    }

    [Fact]
    public void Html_ElementsInCommentsAndScripts_AreNotCounted()
    {
        var html = "<html><body><!--" + string.Concat(Enumerable.Repeat("<div>", 500)) + "--><script>var s = '" +
            string.Concat(Enumerable.Repeat("<div>", 500)) + "';</script><p>Check the oil.</p></body></html>";

        Assert.Equal("Check the oil.", DocumentReaders.Create(new IngestionLimitsOptions { MaxNestingDepth = 8 }).Read(new MemoryStream(Encoding.UTF8.GetBytes(html)), "s.html", Ct).Blocks.Single().Text);
    }

    [Fact]
    public void Markdown_QuotesNestedDeeperThanTheLimit_AreRefused()
    {
        var markdown = string.Concat(Enumerable.Repeat(">", 40)) + " Check the oil.\n";

        Assert.Equal("nested too deeply: more than 16 levels (Knowledge:Limits:MaxNestingDepth)",
            Refusal(Encoding.UTF8.GetBytes(markdown), "quotes.md", new IngestionLimitsOptions { MaxNestingDepth = 16 }));
    }

    [Fact]
    public void Text_FarBeyondTheCharacterLimit_IsRefusedBeforeItIsDecoded()
    {
        var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("Check the spindle belt tension.\n", 400)));

        Assert.Equal("too much text: more than 1,000 characters (Knowledge:Limits:MaxCharacters)",
            Refusal(text, "long.txt", new IngestionLimitsOptions { MaxCharacters = 1000 }));
    }
}
