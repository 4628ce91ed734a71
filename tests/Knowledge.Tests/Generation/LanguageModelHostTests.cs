using Edge.Knowledge.Generation;
using Edge.Knowledge.Tests.Generation.TinyModel;

namespace Edge.Knowledge.Tests.Generation;

/// <summary>Loading through the real runtime: once, shared, and failures become a status.</summary>
public sealed class LanguageModelHostTests
{
    [Fact]
    public void TryLoad_FromManyThreads_LoadsOneSharedModel()
    {
        using var folder = TinyModelFolder.Create("Fine [S1].");
        using var host = new LanguageModelHost(new LanguageModelOptions { ModelPath = folder.Path, Threads = 1 });

        var models = new LoadedLanguageModel?[8];
        Parallel.For(0, models.Length, i => models[i] = host.TryLoad());

        Assert.NotNull(models[0]);
        Assert.All(models, m => Assert.Same(models[0], m));
        Assert.Equal(LanguageModelState.Present, host.Status.State);
    }

    [Fact]
    public void TryLoad_WithTruncatedOnnx_IsUnusableWithTheRuntimeReason()
    {
        using var folder = TinyModelFolder.Create("Fine [S1].");
        var onnx = File.ReadAllBytes(folder.File("model.onnx"));
        File.WriteAllBytes(folder.File("model.onnx"), onnx[..(onnx.Length / 2)]);
        using var host = new LanguageModelHost(new LanguageModelOptions { ModelPath = folder.Path });

        Assert.Equal(LanguageModelState.Present, host.Status.State);
        Assert.Null(host.TryLoad());
        AssertUnusable(host.Status, "the runtime rejected the model");
    }

    [Fact]
    public void TryLoad_WithGraphNamesTheConfigDoesNotUse_IsUnusable()
    {
        // GenAI only notices wrong input names at the first token; loading runs one to find out.
        using var folder = TinyModelFolder.Create("Fine [S1].");
        var config = folder.ReadJson("genai_config.json");
        config["model"]!["decoder"]!["inputs"]!["input_ids"] = "tokens";
        folder.WriteJson("genai_config.json", config);
        using var host = new LanguageModelHost(new LanguageModelOptions { ModelPath = folder.Path });

        Assert.Null(host.TryLoad());
        AssertUnusable(host.Status, "the runtime rejected the model");
    }

    [Fact]
    public async Task Generate_WhenTheModelCannotLoad_ThrowsAndReportsUnusable()
    {
        using var folder = TinyModelFolder.Create("Fine [S1].");
        File.WriteAllBytes(folder.File("model.onnx"), [0x08, 0x08, 0x12, 0xFF]);
        using var generator = GroundedGenerator.Create(new LanguageModelOptions { ModelPath = folder.Path });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            generator.GenerateAsync("Alarm?", "en", TestPassages.Three, null, TestContext.Current.CancellationToken));

        Assert.Contains("not usable", error.Message, StringComparison.Ordinal);
        Assert.Equal(LanguageModelState.Unusable, generator.Status.State);
        Assert.Equal(AnswerFallbackPolicy.Unavailable, AnswerFallbackPolicy.Unusable(Answers.Extractive, failed: false).FallbackReason);
    }

    [Fact]
    public void Warm_WithDisabledModel_StaysDisabledWithoutLoading()
    {
        using var generator = GroundedGenerator.Create(new LanguageModelOptions());
        Assert.Equal(LanguageModelState.Disabled, generator.Warm().State);
    }

    private static void AssertUnusable(LanguageModelStatus status, string reason)
    {
        Assert.Equal(LanguageModelState.Unusable, status.State);
        Assert.StartsWith(reason, status.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', status.Reason!);
    }
}
