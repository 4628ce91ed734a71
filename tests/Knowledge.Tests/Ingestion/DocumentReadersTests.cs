using Edge.Knowledge.Ingestion;

namespace Edge.Knowledge.Tests.Ingestion;

public sealed class DocumentReadersTests
{
    [Fact]
    public void Registry_ListsEveryFormatsExtensions()
        => Assert.Superset(new HashSet<string> { ".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt", ".text", ".log" },
            DocumentReaders.Default.SupportedExtensions.ToHashSet());

    [Theory]
    [InlineData("manual.PDF", "pdf")]
    [InlineData("notes.docx", "docx")]
    [InlineData("faq.htm", "html")]
    [InlineData("README.md", "markdown")]
    [InlineData("machine.log", "text")]
    public void Registry_PicksReaderByExtensionIgnoringCase(string fileName, string format)
        => Assert.Equal(format, DocumentReaders.Default.ForPath(fileName)?.Format);

    [Fact]
    public void Registry_UnknownExtension_IsRejectedAsUnsupported()
        => Assert.StartsWith("unsupported format:", Read.Failure("hello"u8.ToArray(), "drawing.dwg"), StringComparison.Ordinal);

    [Fact]
    public void Registry_PdfContentNamedTxt_IsReadAsPdf()
    {
        var pdf = new TestPdf().Heading("Spindle", 15).Paragraph("Lubricate the spindle.").Build();

        var document = Read.Bytes(pdf, "spindle.txt");

        Assert.Equal("pdf", document.Format);
        Assert.Contains(document.Blocks, b => b.Text == "Lubricate the spindle." && b.Page == 1);
    }

    [Fact]
    public void Registry_DocxContentNamedTxt_IsReadAsDocx()
        => Assert.Equal("docx", Read.Bytes(new TestDocx().Paragraph("Text").Build(), "letter.txt").Format);

    [Fact]
    public void Registry_TextMentioningPdfHeader_IsStillText()
        => Assert.Equal("text", Read.Text("Files start with %PDF-1.7 as their header.", "notes.txt").Format);

    [Fact]
    public void Registry_CanceledToken_PassesCancellationThrough()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        using var stream = new MemoryStream("text"u8.ToArray());

        Assert.ThrowsAny<OperationCanceledException>(() => DocumentReaders.Default.Read(stream, "a.txt", cancel.Token));
    }

    [Fact]
    public void Registry_ReaderThrowingLibraryException_SurfacesAsDocumentReadException()
    {
        var registry = new DocumentReaders([new ThrowingReader()]);
        using var stream = new MemoryStream("x"u8.ToArray());

        var error = Assert.Throws<DocumentReadException>(() => registry.Read(stream, "a.bad", TestContext.Current.CancellationToken));

        Assert.Equal("unreadable bad: a.bad (InvalidOperationException: library broke)", error.Message);
    }

    [Fact]
    public void Registry_ReadsFilesFromDisk_NamingThemByFileName()
    {
        var path = Path.Combine(Path.GetTempPath(), $"edge-{Guid.NewGuid():N}.md");
        File.WriteAllText(path, "# Spindle\n\nText.\n");
        try
        {
            Assert.Equal("Spindle", DocumentReaders.Default.Read(path, TestContext.Current.CancellationToken).Title);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class ThrowingReader : IDocumentReader
    {
        public string Format => "bad";

        public IReadOnlyCollection<string> Extensions { get; } = [".bad"];

        public ParsedDocument Read(Stream content, string fileName, Edge.Knowledge.Ingestion.Limits.ReadBudget budget, CancellationToken cancellationToken = default)
            => throw new InvalidOperationException("library broke");
    }
}
