using Edge.Speech.Tests.Fixtures;
using Edge.Speech.Vad;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Edge.Speech.Tests.Vad;

/// <summary>
/// The Silero model shipped beside the program loads and runs; a missing, corrupt or truncated file
/// never stops detection: the spectral detector stands in and the status says why.
/// </summary>
public class SileroModelTests
{
    private static string Bundled => SileroModelHost.ResolvePath(null);

    [Fact]
    public void BundledModel_IsShippedBesideTheProgramAndLoads()
    {
        using var services = SpeechServices.Build();
        var vad = services.GetRequiredService<IVoiceActivityDetector>();

        var before = vad.Status;
        var loaded = vad.Load();

        Assert.True(File.Exists(Bundled), Bundled);
        Assert.Equal(SpeechModelState.NotChecked, before.Model!.State);   // reading the status loads nothing
        Assert.Equal((VoiceDetectors.Silero, VoiceDetectors.Silero, SpeechModelState.Present), (loaded.Configured, loaded.Active, loaded.Model!.State));
        Assert.Equal(Bundled, loaded.Model.Path);
        Assert.False(loaded.IsFallback);
    }

    [Fact]
    public async Task LoadingTheTranscriber_AlsoLoadsTheVoiceActivityModel()
    {
        using var services = SpeechServices.Build();

        await services.GetRequiredService<ISpeechTranscriber>().LoadModelAsync(TestContext.Current.CancellationToken);

        Assert.Equal(SpeechModelState.Present, services.GetRequiredService<IVoiceActivityDetector>().Status.Model!.State);
    }

    [Fact]
    public void Detect_Cancelled_Throws()
    {
        using var services = SpeechServices.Build();
        var clip = new AudioClip(Signals.WhiteNoise(30, 0.1));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            services.GetRequiredService<IVoiceActivityDetector>().Detect(clip, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Stream_ChunksOfAnySize_GiveTheSameProbabilities()
    {
        using var model = SileroModel.Load(Bundled);
        var audio = Signals.Concat(Signals.Silence(0.5), Espeak.Clip().Samples.ToArray());

        var whole = Probabilities(model, audio, audio.Length);
        var chunked = Probabilities(model, audio, 333);

        Assert.Equal(audio.Length / SileroModel.Window, whole.Count);
        Assert.Equal(whole, chunked);
        Assert.All(whole.Take(10), p => Assert.True(p < 0.2, $"silence scored {p}"));
        Assert.True(whole.Count(p => p > 0.8) > whole.Count / 3, "speech should score high for most of the question");
    }

    public static TheoryData<string, string, SpeechModelState> BrokenFiles => new()
    {
        { "missing", "model file not found", SpeechModelState.Missing },
        { "folder", "is a folder", SpeechModelState.Missing },
        { "random bytes", "not a loadable ONNX model", SpeechModelState.Unusable },
        { "truncated", "silero-truncated.onnx", SpeechModelState.Unusable },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void BrokenModel_FallsBackToSpectral_WithTheReasonInTheStatus(string kind, string reason, SpeechModelState state)
    {
        var path = BrokenModel(kind);
        using var services = SpeechServices.Build(o => o.VadModel = path);
        var vad = services.GetRequiredService<IVoiceActivityDetector>();

        var status = vad.Load();
        var question = vad.Detect(new AudioClip(Signals.Concat(Signals.Silence(1), Espeak.Clip().Samples.ToArray(), Signals.Silence(1))), TestContext.Current.CancellationToken);
        var hum = vad.Detect(new AudioClip(Signals.Hum(3)), TestContext.Current.CancellationToken);

        Assert.Equal((VoiceDetectors.Silero, VoiceDetectors.Spectral, state), (status.Configured, status.Active, status.Model!.State));
        Assert.True(status.IsFallback);
        Assert.Equal(path, status.Model.Path);
        Assert.Contains(reason, status.Model.Reason, StringComparison.Ordinal);
        Assert.True(question.HasSpeech, question.Reason);
        Assert.False(hum.HasSpeech, hum.Reason);
        Assert.Contains(services.Logs().GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("spectral detector stands in", StringComparison.Ordinal));
    }

    [Fact]
    public void SpectralConfigured_NeedsNoModel()
    {
        using var services = SpeechServices.Build(o => { o.Vad = VoiceDetectors.Spectral; o.VadModel = "/nonexistent/silero.onnx"; });

        var status = services.GetRequiredService<IVoiceActivityDetector>().Load();

        Assert.Equal((VoiceDetectors.Spectral, VoiceDetectors.Spectral), (status.Configured, status.Active));
        Assert.Null(status.Model);
        Assert.False(status.IsFallback);
    }

    private static List<float> Probabilities(SileroModel model, float[] audio, int chunk)
    {
        var probabilities = new List<float>();
        using var stream = model.CreateStream();
        for (var i = 0; i < audio.Length; i += chunk)
        {
            stream.Push(audio.AsSpan(i, Math.Min(chunk, audio.Length - i)), probabilities);
        }

        return probabilities;
    }

    private static string BrokenModel(string kind)
    {
        var folder = Path.Combine(TempFolderCleanup.Folder, "vad-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        switch (kind)
        {
            case "missing":
                return Path.Combine(folder, "silero_vad.onnx");
            case "folder":
                return folder;
            case "random bytes":
                var junk = new byte[64 * 1024];
                new Random(3).NextBytes(junk);
                File.WriteAllBytes(Path.Combine(folder, "silero-junk.onnx"), junk);
                return Path.Combine(folder, "silero-junk.onnx");
            default:
                var bytes = File.ReadAllBytes(Bundled);
                File.WriteAllBytes(Path.Combine(folder, "silero-truncated.onnx"), bytes[..(bytes.Length / 2)]);
                return Path.Combine(folder, "silero-truncated.onnx");
        }
    }
}
