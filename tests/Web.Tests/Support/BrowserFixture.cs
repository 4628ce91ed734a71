using Microsoft.Playwright;

namespace Edge.Agent.Web.Tests.Support;

/// <summary>
/// Debian's chromium driven by Playwright through its executable path: Playwright's own browser
/// download is never run, and nothing is fetched at test time. Skipped, saying why, where chromium is
/// not installed (scripts/test.sh installs it).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts the browser.</summary>
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Generous: the board shares two cores with the whole test suite.</summary>
    public const float TimeoutMs = 180_000;

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
            return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium, Headless = true, Timeout = TimeoutMs,
            // Tests run as root in CI, where chromium's own sandbox cannot start.
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) in <paramref name="locale"/>; skips the test without chromium.</summary>
    public async Task<IBrowserContext> NewContextAsync(string locale = "en-US")
    {
        if (Browser is null)
            Assert.Skip($"{Chromium} is not installed (apt-get install chromium; scripts/test.sh does)");
        var context = await Browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(TimeoutMs);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>Screenshots for people to look at, under the repository's <c>artifacts/web/</c>.</summary>
internal static class Screenshots
{
    public static string PathFor(string name)
    {
        var folder = Path.Combine(RepositoryRoot() ?? Path.GetTempPath(), "artifacts", "web");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Edge.sln")))
                return dir.FullName;
        }
        return null;
    }
}
