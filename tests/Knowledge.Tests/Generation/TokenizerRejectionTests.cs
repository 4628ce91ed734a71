using System.Diagnostics;
using Edge.Knowledge.Generation;
using Edge.Knowledge.Tests.Generation.TinyModel;

namespace Edge.Knowledge.Tests.Generation;

/// <summary>
/// A tokenizer that passes our checks but that GenAI rejects: a failed <c>new Tokenizer(model)</c>
/// crashes the process at the next GC unless <see cref="Knowledge.Generation.GuardedTokenizer"/> stops
/// its finalizer, so the load runs in a child test process and the parent checks it ended cleanly.
/// </summary>
public sealed class TokenizerRejectionTests
{
    private const string FolderVariable = "EDGE_TEST_REJECTED_TOKENIZER_FOLDER";

    [Fact]
    public async Task Load_WithTokenizerTheRuntimeRejects_IsUnusableAndTheProcessSurvivesGC()
    {
        using var folder = TinyModelFolder.Create("Fine [S1].");
        var config = folder.ReadJson("tokenizer_config.json");
        config["tokenizer_class"] = "NoSuchTokenizer";
        folder.WriteJson("tokenizer_config.json", config);

        var child = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(TokenizerRejectionTests).Assembly.Location, "-method", $"{typeof(TokenizerRejectionTests).FullName}.{nameof(ChildProcess_LoadsRejectedTokenizer)}", "-explicit", "only", "-noColor" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { [FolderVariable] = folder.Path },
        };
        using var process = Process.Start(child)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, $"child exited with {process.ExitCode}:\n{await output}\n{await errors}");
        Assert.Contains("Total: 1, Errors: 0, Failed: 0", await output, StringComparison.Ordinal);
    }

    [Fact(Explicit = true)]
    public void ChildProcess_LoadsRejectedTokenizer()
    {
        var path = Environment.GetEnvironmentVariable(FolderVariable);
        Assert.False(string.IsNullOrEmpty(path), $"run by {nameof(Load_WithTokenizerTheRuntimeRejects_IsUnusableAndTheProcessSurvivesGC)}");

        using (var host = new LanguageModelHost(new LanguageModelOptions { ModelPath = path }))
        {
            Assert.Null(host.TryLoad());
            Assert.Equal(LanguageModelState.Unusable, host.Status.State);
            Assert.Contains("NoSuchTokenizer", host.Status.Reason, StringComparison.Ordinal);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
