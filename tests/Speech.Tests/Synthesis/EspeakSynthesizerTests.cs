using Edge.Speech.Processes;
using Edge.Speech.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Speech.Tests.Synthesis;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class EspeakSynthesizerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Check the hydraulic pressure first.", "en")]
    [InlineData("Prüfen Sie zuerst den Hydraulikdruck.", "de")]
    public async Task SynthesizeToFile_WritesSpeechTheDecoderAndDetectorAccept(string text, string language)
    {
        Espeak.SkipIfMissing();
        using var services = SpeechServices.Build();
        var path = FakeTool.TempFile(".wav");

        await services.GetRequiredService<ISpeechSynthesizer>().SynthesizeToFileAsync(text, language, path, Token);

        var clip = WavDecoder.ReadFile(path);
        Assert.Equal(22_050, clip.Source.SampleRate);
        Assert.True(services.GetRequiredService<IVoiceActivityDetector>().Detect(clip, TestContext.Current.CancellationToken).HasSpeech);
    }

    [Fact]
    public async Task Synthesize_ToAStream_WritesAStreamedWav()
    {
        Espeak.SkipIfMissing();
        using var services = SpeechServices.Build();
        using var wav = new MemoryStream();

        await services.GetRequiredService<ISpeechSynthesizer>().SynthesizeAsync("--help -w /etc/passwd", "en", wav, Token);

        wav.Position = 0;
        Assert.True(WavDecoder.Read(wav).Duration > TimeSpan.FromSeconds(1));   // the text was spoken, not obeyed
    }

    [Fact]
    public async Task Speak_PipesTheVoiceToAplay()
    {
        Espeak.SkipIfMissing();
        var played = FakeTool.TempFile(".wav");
        var aplay = FakeTool.Script("aplay", $"cat > {played}");
        using var services = SpeechServices.Build(o => o.SpokenReplies = true, s => s.UseTools(new SpeechTools { Aplay = aplay }));

        await services.GetRequiredService<ISpeechSynthesizer>().SpeakAsync("Spindle alarm cleared.", "en", Token);

        Assert.True(WavDecoder.ReadFile(played).Duration > TimeSpan.FromSeconds(0.5));
    }

    [Fact]
    public async Task Speak_CancelledWhilePlaying_KillsAplayAndThrows()
    {
        Espeak.SkipIfMissing();
        var pidFile = FakeTool.TempFile(".pid");
        // An aplay that would play for ten minutes: only cancellation ends the call within the test's deadline.
        var aplay = FakeTool.Script("aplay", $"{FakeTool.WritePid(pidFile)}\nexec sleep 600");
        using var services = SpeechServices.Build(o => o.SpokenReplies = true, s => s.UseTools(new SpeechTools { Aplay = aplay }));
        using var cancel = new CancellationTokenSource();

        var speaking = services.GetRequiredService<ISpeechSynthesizer>().SpeakAsync("A long answer that is interrupted.", "en", cancel.Token);
        var pid = await FakeTool.WaitForPidAsync(pidFile);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => speaking.WaitAsync(TestTimeouts.Hang, Token));
        Assert.True(await FakeTool.WaitUntilGoneAsync(pid));
    }

    [Fact]
    public async Task Speak_WhenSpokenRepliesAreOff_DoesNothing()
    {
        using var services = SpeechServices.Build(o => o.SpokenReplies = false, s => s.UseTools(new SpeechTools { Aplay = "/nonexistent", EspeakNg = "/nonexistent" }));

        await services.GetRequiredService<ISpeechSynthesizer>().SpeakAsync("Nothing to hear.", "de", Token);
    }

    [Fact]
    public async Task Synthesize_EspeakMissing_ThrowsSpeechUnavailable()
    {
        using var services = SpeechServices.Build(extra: s => s.UseTools(new SpeechTools { EspeakNg = "/nonexistent/espeak-ng" }));

        var error = await Assert.ThrowsAsync<SpeechUnavailableException>(() =>
            services.GetRequiredService<ISpeechSynthesizer>().SynthesizeToFileAsync("Hallo", "de", FakeTool.TempFile(".wav"), Token));

        Assert.Contains("espeak-ng", error.Message);
    }
}
