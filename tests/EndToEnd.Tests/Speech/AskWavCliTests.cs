using Edge.Speech.Tests.Fixtures;

namespace Edge.EndToEnd.Tests.Speech;

/// <summary><c>edge-agent ask --wav FILE</c> with the tiny generated Whisper model and espeak-ng speech.</summary>
public sealed class AskWavCliTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private ConfiguredCli Cli(string? whisperModel) => new(_directory, new
    {
        Speech = new { WhisperModel = whisperModel, Language = "en", TemperatureFallback = false, Threads = 2 },
    });

    [Fact]
    public async Task SpokenQuestion_PrintsTheAnswerJsonWithTranscriptAndTranscribeTime()
    {
        var wav = Espeak.Wav(Espeak.English);
        var cli = Cli(TinyWhisperModel.DefaultPath);
        var manual = Path.Combine(AppContext.BaseDirectory, "samples", "manuals", "shop-notes.txt");
        Assert.Equal(0, (await cli.RunAsync("ingest", manual)).ExitCode);

        var result = await cli.RunAsync("ask", "--wav", wav, "--json");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var json = result.Json;
        var transcript = json.GetProperty("transcript").GetString();
        Assert.False(string.IsNullOrWhiteSpace(transcript));
        Assert.Equal(transcript, json.GetProperty("question").GetString());
        Assert.Equal("en", json.GetProperty("language").GetString());
        Assert.True(json.GetProperty("timings").GetProperty("transcribeMs").GetInt64() > 0);
        // Every field of the ask --json contract is still there.
        foreach (var field in new[] { "answer", "grounded", "citations", "mode" })
            Assert.True(json.TryGetProperty(field, out _), field);
        foreach (var field in new[] { "retrieveMs", "answerMs" })
            Assert.True(json.GetProperty("timings").TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task BadWav_ExitsWithCode2AndOneErrorLine()
    {
        var bad = _directory.File("bad.wav");
        await File.WriteAllTextAsync(bad, "RIFF but not really a wave file", TestContext.Current.CancellationToken);

        var result = await Cli(TinyWhisperModel.DefaultPath).RunAsync("ask", "--wav", bad, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.StdOut);
        var line = Assert.Single(result.ErrLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoWhisperModel_IsOneLineNamingTheKey()
    {
        var result = await Cli(null).RunAsync("ask", "--wav", Espeak.Wav(Espeak.English));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrLines);
        Assert.Contains("Speech:WhisperModel", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silence_SaysNoSpeechDetected_WithExitCode3()
    {
        var silence = _directory.File("silence.wav");
        await File.WriteAllBytesAsync(silence, SilentWav(seconds: 2), TestContext.Current.CancellationToken);

        var result = await Cli(TinyWhisperModel.DefaultPath).RunAsync("ask", "--wav", silence);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("error: no speech detected in silence.wav", Assert.Single(result.ErrLines));
    }

    // 16 kHz mono 16-bit PCM of zeros: a well-formed file that holds no question.
    private static byte[] SilentWav(int seconds)
    {
        var data = 16_000 * 2 * seconds;
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream);
        w.Write("RIFF"u8); w.Write(36 + data); w.Write("WAVE"u8);
        w.Write("fmt "u8); w.Write(16); w.Write((short)1); w.Write((short)1); w.Write(16_000); w.Write(32_000); w.Write((short)2); w.Write((short)16);
        w.Write("data"u8); w.Write(data); w.Write(new byte[data]);
        w.Flush();
        return stream.ToArray();
    }
}
