using Edge.Speech.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Speech.Tests.Transcription;

/// <summary>A missing or broken model makes speech unavailable with a reason; it never crashes the agent.</summary>
public class ModelStatusTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoadModel_NotConfigured_IsMissingAndTranscribeThrowsSpeechUnavailable()
    {
        using var services = SpeechServices.Build(o => o.WhisperModel = null);
        var transcriber = services.GetRequiredService<ISpeechTranscriber>();

        var status = await transcriber.LoadModelAsync(Token);
        var error = await Assert.ThrowsAsync<SpeechUnavailableException>(() => transcriber.TranscribeAsync(Espeak.Clip(), cancellationToken: Token));

        Assert.Equal(SpeechModelState.Missing, status.State);
        Assert.Contains("Speech:WhisperModel is not set", status.Reason);
        Assert.Same(status, error.ModelStatus);
    }

    [Fact]
    public async Task LoadModel_FileDoesNotExist_IsMissing()
    {
        using var services = SpeechServices.Build(o => o.WhisperModel = "/nonexistent/ggml-base.bin");

        var status = await services.GetRequiredService<ISpeechTranscriber>().LoadModelAsync(Token);

        Assert.Equal(SpeechModelState.Missing, status.State);
        Assert.Contains("not found", status.Reason);
    }

    public static TheoryData<string, string> BrokenModels => new()
    {
        { "random bytes", "not a ggml Whisper model" },
        { "empty", "truncated" },
        { "cut in the vocabulary", "truncated" },
        { "cut in the tensors", "failed to load" },
        { "f32 type", "f32" },
        { "no encoder layers", "no layers" },
        { "widths differ", "widths differ" },
        { "no space token", "single-space token" },
    };

    [Theory]
    [MemberData(nameof(BrokenModels))]
    public async Task LoadModel_BrokenFile_IsUnusableWithAReason(string kind, string expected)
    {
        var path = BrokenModel(kind);
        using var services = SpeechServices.Build(o => o.WhisperModel = path);
        var transcriber = services.GetRequiredService<ISpeechTranscriber>();

        var status = await transcriber.LoadModelAsync(Token);

        Assert.Equal(SpeechModelState.Unusable, status.State);
        Assert.Contains(expected, status.Reason, StringComparison.OrdinalIgnoreCase);
        await Assert.ThrowsAsync<SpeechUnavailableException>(() => transcriber.TranscribeAsync(Espeak.Clip(), cancellationToken: Token));
    }

    private static string BrokenModel(string kind)
    {
        var bytes = File.ReadAllBytes(TinyWhisperModel.DefaultPath);
        byte[] broken = kind switch
        {
            "random bytes" => Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 256)).ToArray(),
            "empty" => [],
            "cut in the vocabulary" => bytes[..100_000],
            "cut in the tensors" => bytes[..(bytes.Length - 100_000)],
            "f32 type" => Patch(bytes, 44, 0),
            "no encoder layers" => Patch(bytes, 20, 0),
            "widths differ" => Patch(bytes, 28, 32),
            _ => File.ReadAllBytes(TinyWhisperModel.WriteToTemp(TinyWhisperSpec.Default with { OmitSpaceToken = true })),
        };
        var path = Path.Combine(TempFolderCleanup.Folder, $"broken-{Guid.NewGuid():N}.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, broken);
        return path;
    }

    // Header layout: magic, then int32 n_vocab, n_audio_ctx, n_audio_state, n_audio_head, n_audio_layer (offset 20),
    // n_text_ctx, n_text_state (28), n_text_head, n_text_layer, n_mels, ftype (44).
    private static byte[] Patch(byte[] bytes, int offset, int value)
    {
        var copy = (byte[])bytes.Clone();
        BitConverter.GetBytes(value).CopyTo(copy, offset);
        return copy;
    }
}
