using System.Net;
using Edge.Agent.Web.Tests.Support;

namespace Edge.Agent.Web.Tests.Api;

/// <summary>Documents are served only from the knowledge base, and a citation opens at its place.</summary>
[Collection(SampleManualsCollection.Name)]
public sealed class DocumentApiTests(SampleManualsFixture fixture)
{
    private const string Pdf = "vmc-850-cnc-machining-centre.pdf";
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    // Its own handler: the factory's Kestrel client follows redirects whatever its options say.
    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Address };

    [Fact]
    public async Task Documents_ListsTheIngestedManuals()
    {
        using var client = Client();
        var documents = (await ApiJson.ReadAsync(await client.GetAsync("/api/documents", Cancel))).AsArray();
        var pdf = documents.Single(d => d!["name"]!.GetValue<string>() == Pdf)!;
        Assert.Equal("vmc", pdf["collection"]!.GetValue<string>());
        Assert.Equal("pdf", pdf["format"]!.GetValue<string>());
        Assert.True(pdf["chunks"]!.GetValue<int>() > 10);
        Assert.Contains(documents, d => d!["name"]!.GetValue<string>() == "pl-400-packaging-line.html");
    }

    [Fact]
    public async Task Documents_CountThePagesOfAPdfOnly()
    {
        using var original = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(RepoFiles.SampleManuals, Pdf));
        using var client = Client();
        var documents = (await ApiJson.ReadAsync(await client.GetAsync("/api/documents", Cancel))).AsArray();

        var pdf = documents.Single(d => d!["name"]!.GetValue<string>() == Pdf)!;
        Assert.Equal(original.NumberOfPages, pdf["pages"]!.GetValue<int>());
        var markdown = documents.Single(d => d!["name"]!.GetValue<string>() == "pl-400-packaging-line.md")!;
        Assert.Null(markdown["pages"]);
        var one = await ApiJson.ReadAsync(await client.GetAsync($"/api/documents/{Pdf}", Cancel));
        Assert.Equal(original.NumberOfPages, one["pages"]!.GetValue<int>());
    }

    [Fact]
    public async Task Open_APdfCitation_GoesToTheOriginalFileAtThePage()
    {
        using var client = Client();
        using var redirect = await client.GetAsync($"/api/documents/{Pdf}/open?section={Uri.EscapeDataString("8 Alarm codes › 8.3 Spindle alarms (E-2xxx)")}&page=11", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"/api/documents/{Pdf}/file#page=11", redirect.Headers.Location!.OriginalString);

        using var file = await client.GetAsync($"/api/documents/{Pdf}/file", Cancel);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(PanelFactory.SampleManual(Pdf), Cancel), await file.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task Open_AnHtmlCitation_GoesToTheHeadingInTheOriginal()
    {
        using var client = Client();
        using var redirect = await client.GetAsync($"/api/documents/pl-400-packaging-line.html/open?section={Uri.EscapeDataString("Operation › Starting the line")}", Cancel);
        Assert.Equal("/api/documents/pl-400-packaging-line.html/file#:~:text=Starting%20the%20line", redirect.Headers.Location!.OriginalString);
        using var file = await client.GetAsync("/api/documents/pl-400-packaging-line.html/file", Cancel);
        Assert.Equal("text/html", file.Content.Headers.ContentType!.MediaType);
        // The manual's own HTML is shown sandboxed: none of its scripts run, nothing is loaded from elsewhere.
        Assert.StartsWith("sandbox", file.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_AMarkdownCitation_GoesToTheSectionInTheStoredText()
    {
        using var client = Client();
        var section = fixture.Factory.Services.GetRequiredService<Knowledge.IKnowledgeBase>()
            .Search("How do I start the line?", 10, "pl400", Cancel).First(h => h.Document == "pl-400-packaging-line.md").Section;
        using var redirect = await client.GetAsync($"/api/documents/pl-400-packaging-line.md/open?section={Uri.EscapeDataString(section)}", Cancel);
        var location = redirect.Headers.Location!.OriginalString;
        Assert.StartsWith("/api/documents/pl-400-packaging-line.md/text#", location, StringComparison.Ordinal);
        var anchor = Uri.UnescapeDataString(location[(location.IndexOf('#', StringComparison.Ordinal) + 1)..]);
        var text = await client.GetStringAsync("/api/documents/pl-400-packaging-line.md/text", Cancel);
        Assert.Contains($"<h2 id=\"{anchor}\">{System.Net.WebUtility.HtmlEncode(section)}</h2>", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("..%2F..%2F..%2Fetc%2Fpasswd/file")]
    [InlineData("%2Fetc%2Fpasswd/file")]
    [InlineData("a%2F..%2F..%2Fedge.db/file")]
    [InlineData("..%5C..%5Cedge.db/text")]
    public async Task Documents_APathThatLeavesTheKnowledgeBase_IsRefused(string path)
    {
        using var client = Client();
        using var response = await client.GetAsync("/api/documents/" + path, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_document", (await ApiJson.ReadAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Documents_AnUnknownDocument_IsNotFound()
    {
        using var client = Client();
        using var response = await client.GetAsync("/api/documents/edge.db/file", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task File_ChangedSinceItWasIngested_IsNotServedButItsStoredTextIs()
    {
        using var folder = new TempDirectory();
        var copy = Path.Combine(folder.Path, "line-notes.txt");
        File.Copy(PanelFactory.SampleManual("shop-notes.txt"), copy);
        Assert.False(fixture.Factory.Services.GetRequiredService<Knowledge.IKnowledgeBase>().Ingest([copy], "scratch", cancellationToken: Cancel).HasFailures);
        using var client = Client();
        using (var served = await client.GetAsync("/api/documents/line-notes.txt/file", Cancel))
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);

        await File.AppendAllTextAsync(copy, "\nsomething else entirely\n", Cancel);
        using var changed = await client.GetAsync("/api/documents/line-notes.txt/file", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, changed.StatusCode);
        Assert.Equal("original_missing", (await ApiJson.ReadAsync(changed))["error"]!.GetValue<string>());
        using var text = await client.GetAsync("/api/documents/line-notes.txt/text", Cancel);
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
    }
}
