using Edge.EndToEnd.Tests.Support;

namespace Edge.EndToEnd.Tests.Cli;

[Collection(SampleDataCollection.Name)]
public sealed class IngestCommandTests(SampleDataDirectory data)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Ingest_SampleManuals_ExitsZeroWithOneLinePerFileAndASummary()
    {
        var run = data.Ingest;

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.StdErr);
        foreach (var manual in RepoFiles.CanonicalManuals)
            Assert.Contains(run.OutLines, line => line.Contains($"] added {Path.GetFileName(manual)} (", StringComparison.Ordinal));
        Assert.Equal("4 added, 0 updated, 0 unchanged, 0 removed, 0 failed", run.OutLines[^1]);
    }

    [Fact]
    public async Task Ingest_SameManualsAgain_ReportsThemUnchanged()
    {
        var run = await EdgeAgentCli.RunAsync([.. data.Command("ingest"), .. RepoFiles.CanonicalManuals], cancellationToken: Ct);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("0 added, 0 updated, 4 unchanged, 0 removed, 0 failed", run.OutLines[^1]);
    }

    [Fact]
    public async Task Ingest_OneBadFileAmongGoodOnes_ExitsNonZeroNamesItOnStderrAndIngestsTheRest()
    {
        using var folder = new TempDirectory();
        var good = folder.File("press-notes.md");
        var bad = folder.File("scan.pdf");
        File.WriteAllText(good, "# Press\n\nCheck the hydraulic oil level every morning before the first stroke.\n");
        File.WriteAllText(bad, "%PDF-1.7\nthis is not really a PDF");
        var dataDir = folder.File("data");

        var run = await EdgeAgentCli.RunAsync(["ingest", good, bad, "--data-dir", dataDir], cancellationToken: Ct);

        Assert.True(run.ExitCode != 0, run.ToString());
        var failure = Assert.Single(run.ErrLines, line => line.StartsWith("failed: ", StringComparison.Ordinal));
        Assert.StartsWith($"failed: {bad}: ", failure, StringComparison.Ordinal);
        Assert.True(failure.Length > $"failed: {bad}: ".Length, "no reason given");
        Assert.Equal("1 added, 0 updated, 0 unchanged, 0 removed, 1 failed", run.OutLines[^1]);

        var status = await EdgeAgentCli.RunAsync(["status", "--json", "--data-dir", dataDir], cancellationToken: Ct);
        Assert.Contains("\"documents\":1,", status.StdOut, StringComparison.Ordinal);
    }
}
