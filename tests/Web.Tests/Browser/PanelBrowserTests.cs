using System.Collections.Concurrent;
using System.Globalization;
using Edge.Agent.Web.Tests.Support;
using Microsoft.Playwright;

namespace Edge.Agent.Web.Tests.Browser;

/// <summary>
/// The panel in a real browser against the running agent: every page, the live feed, a question, and
/// its citation opened at the cited place. Every request must go to the board itself.
/// </summary>
[Collection(SampleManualsCollection.Name)]
public sealed class PanelBrowserTests(SampleManualsFixture agent, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly ConcurrentQueue<string> _requests = new();

    [Fact]
    public async Task Live_AskedQuestion_AppearsInTheFeedWithItsCitation_WhichOpensThePdfAtThePage()
    {
        await using var context = await OpenAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(agent.Address + "#live");
        await page.WaitForSelectorAsync("body[data-live=connected]");
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("live"), FullPage = true });

        await page.ClickAsync("nav a[data-page=ask]");
        await page.SelectOptionAsync("#ask-collection", "vmc");
        await page.FillAsync("#ask-text", "Spindle alarm 2041, what do I check first?");
        await page.ClickAsync("#ask-submit");
        var cited = page.Locator("#ask-result a.citation").First;
        await cited.WaitForAsync();
        Assert.Contains("page 11", await cited.TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("ask"), FullPage = true });

        // The same answer reached the Live page's feed through the event stream.
        await page.ClickAsync("nav a[data-page=live]");
        var feedCitation = page.Locator(".feed-item.done", new() { HasText = "Spindle alarm 2041" }).Locator("a.citation").First;
        await feedCitation.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("live-answer"), FullPage = true });

        // Headless chromium hands a PDF to its download manager instead of its viewer (the tab closes),
        // so the landing place is checked on the wire: the citation redirects to the manual's own PDF at
        // the cited page, and the browser fetches that PDF.
        var redirected = Response(context, "/open?");
        var pdf = Response(context, "/file");
        await feedCitation.ClickAsync();
        // Headers as the response event carried them: asking the browser again races the closing tab.
        var open = await redirected;
        Assert.Equal(302, open.Status);
        Assert.EndsWith("/api/documents/vmc-850-cnc-machining-centre.pdf/file#page=11", open.Headers["location"], StringComparison.Ordinal);
        var file = await pdf;
        Assert.Equal(200, file.Status);
        Assert.Equal("application/pdf", file.Headers["content-type"]);
        AssertOnlyTheBoardWasAsked();
    }

    [Fact]
    public async Task Ask_AMarkdownCitation_OpensTheStoredTextAtTheCitedSection()
    {
        await using var context = await OpenAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(agent.Address + "#ask");
        await page.SelectOptionAsync("#ask-collection", "pl400");
        await page.FillAsync("#ask-text", "What is the sealing jaw temperature for PE film?");
        await page.ClickAsync("#ask-submit");
        var citation = page.Locator("#ask-result a.citation[data-document='pl-400-packaging-line.md']").First;
        await citation.WaitForAsync();
        var manual = await context.RunAndWaitForPageAsync(() => citation.ClickAsync());
        await manual.WaitForURLAsync("**/api/documents/pl-400-packaging-line.md/text#sec-*");
        // The browser scrolled to the section's heading: it is the :target, and its text is the cited section.
        var target = manual.Locator("h2:target");
        await target.WaitForAsync();
        var section = await citation.TextContentAsync() ?? "";
        Assert.Contains(await target.TextContentAsync() ?? "<none>", section, StringComparison.Ordinal);
        await manual.ScreenshotAsync(new() { Path = Screenshots.PathFor("citation-markdown") });
        AssertOnlyTheBoardWasAsked();
    }

    [Fact]
    public async Task Panel_InAGermanBrowser_SpeaksGerman_AndShowsTheKnowledgeBase()
    {
        await using var context = await OpenAsync("de-DE");
        var page = await context.NewPageAsync();
        await page.GotoAsync(agent.Address + "#knowledge");
        var pdfRow = page.Locator("#documents tr", new() { HasText = "vmc-850-cnc-machining-centre.pdf" });
        await pdfRow.WaitForAsync();
        Assert.Equal("Fragen", await page.Locator("nav a[data-page=ask]").TextContentAsync());
        Assert.Equal("Seiten", await page.Locator("th[data-i18n='knowledge.pages']").TextContentAsync());
        using (var original = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(RepoFiles.SampleManuals, "vmc-850-cnc-machining-centre.pdf")))
            Assert.Equal(original.NumberOfPages.ToString(CultureInfo.InvariantCulture), await pdfRow.Locator("td.pages").TextContentAsync());
        Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("knowledge-de"), FullPage = true });
        AssertOnlyTheBoardWasAsked();
    }

    [Fact]
    public async Task Knowledge_AsAdmin_UploadsAManualWithProgressAndListsIt()
    {
        await using var context = await OpenAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(agent.Address + "#knowledge");
        await page.ClickAsync("#admin-button");
        await page.FillAsync("#login-password", PanelFactory.AdminPassword);
        await page.ClickAsync("#login-form button[type=submit]");
        await page.Locator("#upload-form").WaitForAsync();
        await page.SetInputFilesAsync("#upload-files", PanelFactory.SampleManual("shop-notes.txt"));
        await page.FillAsync("#upload-collection", "browser-upload");
        await page.ClickAsync("#upload-form button[type=submit]");
        await page.Locator("#upload-result", new() { HasText = "1 added" }).WaitForAsync();
        await page.Locator("#documents tr", new() { HasText = "browser-upload" }).WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("knowledge-admin"), FullPage = true });
        AssertOnlyTheBoardWasAsked();
    }

    private static Task<IResponse> Response(IBrowserContext context, string urlPart)
    {
        var seen = new TaskCompletionSource<IResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Response += (_, response) =>
        {
            if (response.Url.Contains(urlPart, StringComparison.Ordinal))
                seen.TrySetResult(response);
        };
        return seen.Task.WaitAsync(TimeSpan.FromMilliseconds(BrowserFixture.TimeoutMs), TestContext.Current.CancellationToken);
    }

    private async Task<IBrowserContext> OpenAsync(string locale = "en-US")
    {
        var context = await browser.NewContextAsync(locale);
        context.Request += (_, request) => _requests.Enqueue(request.Url);
        return context;
    }

    // Every asset comes from the board: no CDN, no web font, no other host.
    private void AssertOnlyTheBoardWasAsked()
    {
        Assert.NotEmpty(_requests);
        foreach (var url in _requests)
        {
            var uri = new Uri(url);
            Assert.True(uri.Scheme is "data" or "blob" || uri.Authority == agent.Address.Authority, $"the page asked another host: {url}");
        }
    }
}
