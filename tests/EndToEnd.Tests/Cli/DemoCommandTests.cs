using Edge.Agent.Cli;
using Edge.EndToEnd.Tests.Support;

namespace Edge.EndToEnd.Tests.Cli;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_IngestsTheSamplesAndAnswersEachQuestionWithSourcesExceptOneDecline()
    {
        using var folder = new TempDirectory();

        var run = await EdgeAgentCli.RunAsync(["demo", "--data-dir", folder.File("demo")], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(4, run.OutLines.Count(l => l.StartsWith("added ", StringComparison.Ordinal)));
        var blocks = QuestionBlocks(run.OutLines);
        Assert.Equal(DemoCommand.Questions, blocks.Select(b => b.Question));
        var declined = Assert.Single(blocks, b => !b.Lines.Contains("Sources:") && !b.Lines.Contains("Quellen:"));
        Assert.Equal(DemoCommand.Questions[^1], declined.Question);
        Assert.All(blocks.Where(b => b != declined), b => Assert.Contains(b.Lines, l => l.StartsWith("[1] ", StringComparison.Ordinal)));
    }

    /// <summary>The output after each "Q: " line, up to the next one.</summary>
    private static List<(string Question, List<string> Lines)> QuestionBlocks(IReadOnlyList<string> lines)
    {
        var blocks = new List<(string, List<string>)>();
        foreach (var line in lines)
        {
            if (line.StartsWith("Q: ", StringComparison.Ordinal))
                blocks.Add((line[3..], []));
            else if (blocks.Count > 0)
                blocks[^1].Item2.Add(line);
        }
        return blocks;
    }
}
