using Edge.EndToEnd.Tests.Support;

namespace Edge.EndToEnd.Tests.Cli;

/// <summary>Bad input: a non-zero exit code and exactly one line on stderr, starting "error:", and nothing on stdout.</summary>
[Collection(SampleDataCollection.Name)]
public sealed class BadInputCommandTests(SampleDataDirectory data) : IDisposable
{
    private readonly TempDirectory scratch = new();

    public void Dispose() => scratch.Dispose();

    public static TheoryData<string, string[]> Cases => new()
    {
        { "empty question", ["ask", ""] },
        { "blank question", ["ask", "   "] },
        { "unknown collection", ["search", "spindle", "--collection", "lathe-7"] },
        { "invalid collection name", ["ask", "How do I home the axes?", "--collection", "Bad Name!"] },
        { "--top 0", ["search", "spindle", "--top", "0"] },
        { "--top 1000", ["search", "spindle", "--top", "1000"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Command_WithBadInput_ExitsNonZeroWithOneErrorLine(string kind, string[] arguments)
    {
        var run = await EdgeAgentCli.RunAsync([.. arguments, "--data-dir", data.Path], cancellationToken: TestContext.Current.CancellationToken);

        AssertOneErrorLine(run, kind);
    }

    public static TheoryData<string, string[]> SyntaxErrors => new()
    {
        { "missing argument", ["search"] },
        { "unknown command", ["frobnicate"] },
        { "not a number", ["search", "spindle", "--top", "many"] },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public async Task Command_WithSyntaxError_ExitsNonZeroWithOneErrorLine(string kind, string[] arguments)
    {
        var run = await EdgeAgentCli.RunAsync([.. arguments, "--data-dir", data.Path], cancellationToken: TestContext.Current.CancellationToken);

        AssertOneErrorLine(run, kind);
    }

    [Fact]
    public async Task Command_WithMissingConfigFile_ExitsNonZeroWithOneErrorLineNamingIt()
    {
        var missing = scratch.File("no-such-config.json");

        var run = await EdgeAgentCli.RunAsync(["status", "--config", missing, "--data-dir", data.Path], cancellationToken: TestContext.Current.CancellationToken);

        AssertOneErrorLine(run, "missing --config");
        Assert.Contains(missing, run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_WithInvalidJsonConfig_ExitsNonZeroWithOneErrorLineNamingIt()
    {
        var broken = scratch.File("broken.json");
        File.WriteAllText(broken, "{ \"Knowledge\": { \"AnswerMode\": ");

        var run = await EdgeAgentCli.RunAsync(["status", "--config", broken, "--data-dir", data.Path], cancellationToken: TestContext.Current.CancellationToken);

        AssertOneErrorLine(run, "invalid JSON in --config");
        Assert.Contains(broken, run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_WithInvalidConfigValue_ExitsNonZeroWithOneErrorLineNamingTheKey()
    {
        var config = scratch.File("bad-mode.json");
        File.WriteAllText(config, "{ \"Knowledge\": { \"AnswerMode\": \"telepathy\" } }");

        var run = await EdgeAgentCli.RunAsync(["ask", "How do I home the axes?", "--config", config, "--data-dir", data.Path], cancellationToken: TestContext.Current.CancellationToken);

        AssertOneErrorLine(run, "invalid AnswerMode");
        Assert.Contains("AnswerMode", run.StdErr, StringComparison.Ordinal);
    }

    private static void AssertOneErrorLine(CliRun run, string kind)
    {
        Assert.True(run.ExitCode != 0, $"{kind}: {run}");
        var line = Assert.Single(run.ErrLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Equal("", run.StdOut);
    }
}
