using System.Diagnostics;
using Edge.EndToEnd.Tests.Support;

namespace Edge.EndToEnd.Tests.Cli;

/// <summary>Power cut or OOM kill in the middle of an ingest: the database stays usable and a re-run completes it.</summary>
public sealed class KilledIngestTests : IDisposable
{
    private const int Files = 20;

    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Ingest_KilledAfterFirstDocument_LeavesAConsistentDatabaseThatAReRunCompletes()
    {
        var manuals = Directory.CreateDirectory(folder.File("manuals")).FullName;
        GeneratedManuals.Write(manuals, Files, words: 600);
        var dataDir = folder.File("data");

        var killedAfter = await IngestUntilFirstAddedThenKill(manuals, dataDir);

        var (documents, problems) = StoredKnowledge.Check(dataDir);
        Assert.Empty(problems);
        Assert.InRange(documents, 1, Files - 1);

        var rerun = await EdgeAgentCli.RunAsync(["ingest", manuals, "--data-dir", dataDir], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var outcomes = rerun.OutLines.Where(l => l.StartsWith('[')).Select(l => l.Split(' ')[1]).ToList();
        Assert.Equal(Files, outcomes.Count);
        Assert.All(outcomes, o => Assert.Contains(o, new[] { "added", "updated", "unchanged" }));
        Assert.Contains(rerun.OutLines, l => l.EndsWith("unchanged " + killedAfter, StringComparison.Ordinal));
        (documents, problems) = StoredKnowledge.Check(dataDir);
        Assert.Empty(problems);
        Assert.Equal(Files, documents);
    }

    /// <summary>Starts an ingest, waits for its first "added" line and sends SIGKILL; returns the added document's name.</summary>
    private static async Task<string> IngestUntilFirstAddedThenKill(string manuals, string dataDir)
    {
        using var process = Process.Start(EdgeAgentCli.StartInfo(["ingest", manuals, "--data-dir", dataDir]))!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TestTimeouts.Scaled(TimeSpan.FromMinutes(10)));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            {
                if (line.Contains("] added ", StringComparison.Ordinal))
                {
                    process.Kill(); // SIGKILL on Linux: no handler, no flush, no rollback by the process itself
                    await process.WaitForExitAsync(TestContext.Current.CancellationToken);
                    return line.Split(' ')[2];
                }
            }
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }

        Assert.Fail($"ingest ended (exit {process.ExitCode}) before adding a document: {await stderr}");
        return "";
    }
}
