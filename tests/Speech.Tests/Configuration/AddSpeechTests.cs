using Edge.Speech.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Edge.Speech.Tests.Configuration;

public class AddSpeechTests
{
    [Fact]
    public void AddSpeech_FromConfiguration_BindsTheSpeechKeys()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Speech:WhisperModel"] = "/models/ggml-base.bin",
            ["Speech:Language"] = "de",
            ["Speech:Threads"] = "3",
            ["Speech:CaptureMode"] = "VoiceActivity",
            ["Speech:CaptureDevice"] = "plughw:1,0",
            ["Speech:SpokenReplies"] = "true",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSpeech(configuration.GetSection(SpeechOptions.SectionName));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SpeechOptions>>().Value;

        Assert.Equal(("/models/ggml-base.bin", "de", 3, CaptureMode.VoiceActivity, "plughw:1,0", true),
            (options.WhisperModel, options.Language, options.Threads, options.CaptureMode, options.CaptureDevice, options.SpokenReplies));
        Assert.NotNull(provider.GetRequiredService<ISpeechTranscriber>());
        Assert.NotNull(provider.GetRequiredService<IVoiceActivityDetector>());
        Assert.NotNull(provider.GetRequiredService<IRecorder>());
        Assert.NotNull(provider.GetRequiredService<IAudioCaptureSource>());
        Assert.NotNull(provider.GetRequiredService<ISpeechSynthesizer>());
    }

    [Fact]
    public void AddSpeech_CalledTwice_RegistersEachServiceAndValidatorOnce()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Speech:Language"] = "fr" }).Build();
        var services = new ServiceCollection().AddLogging();

        services.AddSpeech(configuration.GetSection(SpeechOptions.SectionName));
        var once = services.Select(d => d.ServiceType).Where(t => !t.Name.StartsWith("IConfigureOptions", StringComparison.Ordinal)).ToList();
        services.AddSpeech(configuration.GetSection(SpeechOptions.SectionName));

        Assert.Equal(once, services.Select(d => d.ServiceType).Where(t => !t.Name.StartsWith("IConfigureOptions", StringComparison.Ordinal)));
        Assert.Single(services, d => d.ServiceType == typeof(ISpeechTranscriber));
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SpeechOptions>>().Value);
        Assert.Single(error.Failures, f => f.Contains("Language", StringComparison.Ordinal));
    }

    public static TheoryData<string, Action<SpeechOptions>> BadOptions => new()
    {
        { "Language", o => o.Language = "fr" },
        { "Vad", o => o.Vad = "webrtc" },
        { "SileroThreshold", o => o.SileroThreshold = 1.5 },
        { "Threads", o => o.Threads = -1 },
        { "MaxQuestionSeconds", o => o.MaxQuestionSeconds = 0 },
        { "NoSpeechThreshold", o => o.NoSpeechThreshold = 1.5 },
        { "CaptureDevice", o => o.CaptureDevice = "hw:0; rm -rf /" },
        { "EspeakVoiceDe", o => o.EspeakVoiceDe = "--help" + " x" },
        { "folder", o => o.WhisperModel = Path.GetTempPath() },
        { "RequireModel", o => { o.WhisperModel = "/nonexistent.bin"; o.RequireModel = true; } },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void AddSpeech_BadOptions_FailValidationNamingTheKey(string key, Action<SpeechOptions> configure)
    {
        using var provider = SpeechServices.Build(configure);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SpeechOptions>>().Value);

        Assert.Contains(key == "folder" ? "folder" : key, error.Message);
    }

    [Fact]
    public async Task AddSpeech_MissingModelWithoutRequireModel_StartsAndReportsMissing()
    {
        using var provider = SpeechServices.Build(o => o.WhisperModel = "/nonexistent.bin");

        var status = await provider.GetRequiredService<ISpeechTranscriber>().LoadModelAsync(TestContext.Current.CancellationToken);

        Assert.Equal(SpeechModelState.Missing, status.State);
    }
}
