using Edge.Agent.Adapters;
using Edge.Agent.Status;
using Edge.Agent.Tests.TestSupport;
using Edge.Knowledge;
using Edge.Speech;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Tests.Adapters;

/// <summary>What the libraries contribute to the status: counts, and each model present or missing with a reason.</summary>
public sealed class StatusContributorTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    private static StatusContribution Merge(IServiceProvider services, out Events.ModelSummary models)
    {
        var contributors = services.GetServices<IStatusContributor>().ToList();
        Assert.Equal(2, contributors.Count);
        var parts = contributors.Select(c => c.Contribute()).ToList();
        (_, models) = StatusContributions.Merge(contributors, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        return new StatusContribution(parts.Select(p => p.Knowledge).OfType<Events.KnowledgeSummary>().Single(), [.. parts.SelectMany(p => p.Models ?? [])]);
    }

    [Fact]
    public void WhisperNotConfigured_IsMissing_NamingTheKey()
    {
        using var services = SpeechStack.Build(_data.Path, speech: o => o.WhisperModel = null);

        Merge(services, out var models);

        Assert.Contains("whisper", models.Missing);
        Assert.Equal("missing", models.Details!["whisper"].State);
        Assert.Equal("Speech:WhisperModel is not set", models.Details["whisper"].Reason);
        Assert.Contains("embedding", models.Present);
        Assert.Contains("vad", models.Present);   // the Silero model ships beside the program
        Assert.Equal(KnowledgeStatusContributor.BundledEmbedding, models.Details["embedding"].Reason);
        Assert.False(models.Details.ContainsKey("llm"));   // extractive answers need no language model
    }

    [Fact]
    public void DictionaryFileMissing_IsMissing_NamingTheDebianPackage()
    {
        var path = _data.File("no-such-dictionary");
        using var services = SpeechStack.Build(_data.Path, knowledge: o => o.DictionaryFile = path);

        Merge(services, out var models);

        Assert.Contains("dictionary", models.Missing);
        Assert.Equal(path, models.Details!["dictionary"].Path);
        Assert.Contains("trans-de-en", models.Details["dictionary"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DictionaryFilePresent_IsPresent()
    {
        var path = _data.File("de-en");
        File.WriteAllText(path, "Spindel {f} [techn.] :: spindle\n");
        using var services = SpeechStack.Build(_data.Path, knowledge: o => o.DictionaryFile = path);

        Merge(services, out var models);

        Assert.Contains("dictionary", models.Present);
        Assert.Equal(path, models.Details!["dictionary"].Path);
    }

    [Fact]
    public async Task CorruptWhisperFile_IsPresentUntilLoaded_ThenUnusableWithTheLoadersReason()
    {
        var junk = _data.File("ggml-junk.bin");
        await File.WriteAllBytesAsync(junk, new byte[4096], Token);
        using var services = SpeechStack.Build(_data.Path, speech: o => o.WhisperModel = junk);

        Merge(services, out var before);
        Assert.Equal("found, not loaded yet", before.Details!["whisper"].Reason);
        await services.GetRequiredService<ISpeechTranscriber>().LoadModelAsync(Token);
        Merge(services, out var after);

        Assert.Contains("whisper", after.Missing);
        Assert.Equal("unusable", after.Details!["whisper"].State);
        Assert.Equal(junk, after.Details["whisper"].Path);
        Assert.Contains("ggml-junk.bin", after.Details["whisper"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TinyWhisperModel_IsPresentAfterLoading()
    {
        using var services = SpeechStack.Build(_data.Path);

        await services.GetRequiredService<ISpeechTranscriber>().LoadModelAsync(Token);
        Merge(services, out var models);

        Assert.Contains("whisper", models.Present);
        Assert.Equal("present", models.Details!["whisper"].State);
    }

    [Fact]
    public async Task CorruptSileroFile_IsUnusableAfterLoading_AndNamesTheDetectorStandingIn()
    {
        var junk = _data.File("silero-junk.onnx");
        await File.WriteAllBytesAsync(junk, new byte[4096], Token);
        using var services = SpeechStack.Build(_data.Path, speech: o => o.VadModel = junk);

        Merge(services, out var before);
        Assert.Equal("found, not loaded yet", before.Details!["vad"].Reason);
        services.GetRequiredService<IVoiceActivityDetector>().Load();
        Merge(services, out var after);

        Assert.Contains("vad", after.Missing);
        Assert.Equal("unusable", after.Details!["vad"].State);
        Assert.Equal(junk, after.Details["vad"].Path);
        Assert.Contains("silero-junk.onnx", after.Details["vad"].Reason, StringComparison.Ordinal);
        Assert.EndsWith("uses the spectral detector instead of silero", after.Details["vad"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SpectralDetector_ReportsNoVoiceActivityModel()
    {
        using var services = SpeechStack.Build(_data.Path, speech: o => o.Vad = VoiceDetectors.Spectral);

        Merge(services, out var models);

        Assert.False(models.Details!.ContainsKey("vad"));
        Assert.DoesNotContain("vad", models.Present.Concat(models.Missing));
    }

    [Theory]
    [InlineData("llm")]
    [InlineData("auto")]
    public void LanguageModelMode_ReportsTheLanguageModelFromItsFiles(string mode)
    {
        var folder = _data.File("qwen-missing");
        using var services = SpeechStack.Build(_data.Path, knowledge: o => { o.AnswerMode = mode; o.LlmModel = folder; });

        Merge(services, out var models);

        Assert.Contains("llm", models.Missing);
        Assert.Equal("missing", models.Details!["llm"].State);
        Assert.Contains("not found", models.Details["llm"].Reason, StringComparison.Ordinal);
        Assert.Equal("missing", LanguageModelStateName(services));
    }

    [Fact]
    public void KnowledgeCounts_FollowIngestion()
    {
        using var services = SpeechStack.Build(_data.Path);
        Assert.Equal(0, Merge(services, out _).Knowledge!.Documents);

        services.GetRequiredService<IKnowledgeBase>().Ingest([SpeechStack.SampleManual("shop-notes.txt")], cancellationToken: Token);
        var after = Merge(services, out _).Knowledge!;

        Assert.Equal(1, after.Documents);
        Assert.True(after.Chunks > 1);
        Assert.True(after.Version > 0);
    }

    private static string LanguageModelStateName(IServiceProvider services) =>
        services.GetRequiredService<IKnowledgeBase>().GetStatus().LanguageModel!.State.ToString().ToLowerInvariant();
}
