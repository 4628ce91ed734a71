using Edge.EndToEnd.Tests.Support;

namespace Edge.EndToEnd.Tests.Cli;

[Collection(SampleDataCollection.Name)]
public sealed class EvalCommandTests(SampleDataDirectory data)
{
    [Fact]
    public async Task Eval_SampleQuestions_PrintsOneLinePerQuestionThenTheMetricsTable()
    {
        var ids = File.ReadLines(RepoFiles.SampleQuestions).Where(l => l.Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToList();

        var run = await EdgeAgentCli.RunAsync([.. data.Command("eval"), RepoFiles.SampleQuestions], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ids, run.OutLines.Take(ids.Count).Select(l => l.Split(' ')[0]));
        var header = Array.FindIndex(run.OutLines.ToArray(), l => l.StartsWith("group ", StringComparison.Ordinal));
        Assert.True(header > 0, run.ToString());
        Assert.All(["n", "hit@1", "hit@5", "MRR", "facts", "decline", "p50"], column => Assert.Contains($" {column} ", run.OutLines[header] + " ", StringComparison.Ordinal));
        var groups = run.OutLines.Skip(header + 1).Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal("all", groups[0]);
        Assert.Contains("lang=de", groups);
        Assert.Contains("lang=en", groups);
        Assert.Contains("kind=unanswerable", groups);
    }

    [Fact]
    public async Task Eval_DeclinedAnswerableQuestion_NamesTheWordsTheManualsLack()
    {
        using var folder = new TempDirectory();
        var file = folder.File("set.jsonl");
        File.WriteAllText(file, """
            {"id": "x1", "lang": "en", "question": "How do I recalibrate the fluxotron quantizer?", "expected": [{"document": "vmc-850-cnc-machining-centre.pdf", "section": "4.1 Spindle warm-up", "page": 5}], "facts": ["O9000"], "kind": "procedure"}
            """);

        var run = await EdgeAgentCli.RunAsync([.. data.Command("eval"), file], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, run.ToString());
        var line = Assert.Single(run.OutLines, l => l.StartsWith("x1 ", StringComparison.Ordinal));
        Assert.Contains("DECLINED", line, StringComparison.Ordinal);
        Assert.Contains("(not in the manuals: ", line, StringComparison.Ordinal);
        Assert.Contains("fluxotron, quantizer)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_QuestionFileWithBadLine_ExitsNonZeroNamingTheLine()
    {
        using var folder = new TempDirectory();
        var file = folder.File("set.jsonl");
        File.WriteAllLines(file, [File.ReadLines(RepoFiles.SampleQuestions).First(), "{ not json"]);

        var run = await EdgeAgentCli.RunAsync([.. data.Command("eval"), file], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode != 0, run.ToString());
        Assert.StartsWith($"error: {file}:2:", Assert.Single(run.ErrLines), StringComparison.Ordinal);
    }
}
