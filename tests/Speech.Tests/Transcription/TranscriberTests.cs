using Edge.Speech.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Speech.Tests.Transcription;

/// <summary>The real Whisper.net pipeline on the generated tiny model: mechanics, not words.</summary>
public class TranscriberTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoadModel_TinyModel_IsPresent()
    {
        using var services = SpeechServices.Build();
        var transcriber = services.GetRequiredService<ISpeechTranscriber>();
        Assert.Equal(SpeechModelState.NotChecked, transcriber.ModelStatus.State);

        var status = await transcriber.LoadModelAsync(Token);

        Assert.True(status.IsUsable, status.Reason);
        Assert.Contains("multilingual", status.Reason);
        Assert.Same(status, transcriber.ModelStatus);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public async Task Transcribe_SpokenQuestion_ReturnsSegmentsInTheRequestedLanguage(string language)
    {
        using var services = SpeechServices.Build();
        var transcriber = services.GetRequiredService<ISpeechTranscriber>();
        var clip = new AudioClip(Signals.Concat(Signals.Silence(1), Espeak.Clip(language == "de" ? Espeak.German : Espeak.English, language).Samples.ToArray(), Signals.Silence(1)));

        var transcript = await transcriber.TranscribeAsync(clip, new SpeechRequest { Language = language }, Token);

        Assert.Equal(NoSpeechReason.None, transcript.NoSpeech);
        Assert.True(transcript.HasSpeech);
        Assert.NotEmpty(transcript.Segments);
        Assert.False(string.IsNullOrWhiteSpace(transcript.Text));
        Assert.Equal(language, transcript.Language);
        Assert.Equal(clip.Duration, transcript.Duration);
        Assert.True(transcript.TranscribeMs > 0);
        Assert.All(transcript.Segments, s =>
        {
            Assert.InRange(s.Start, TimeSpan.Zero, clip.Duration);
            Assert.InRange(s.End, s.Start, clip.Duration);
            Assert.Equal(language, s.Language);
            Assert.InRange(s.Probability, 0, 1);
            Assert.InRange(s.NoSpeechProbability, 0, 1);
        });
    }

    [Fact]
    public async Task Transcribe_AutoLanguage_ReportsTheDetectedLanguage()
    {
        using var services = SpeechServices.Build(o => o.Language = "auto");
        var transcriber = services.GetRequiredService<ISpeechTranscriber>();

        var transcript = await transcriber.TranscribeAsync(Espeak.Clip(), cancellationToken: Token);

        Assert.False(string.IsNullOrEmpty(transcript.Language));
        Assert.NotEqual("auto", transcript.Language);
    }

    public static TheoryData<string> NotSpeech => ["silence", "white noise", "hum", "machine"];

    [Theory]
    [MemberData(nameof(NotSpeech))]
    public async Task Transcribe_NoSpeech_ReturnsNoSpeechWithoutRunningWhisper(string kind)
    {
        using var services = SpeechServices.Build();
        var transcriber = services.GetRequiredService<ISpeechTranscriber>();
        var samples = kind switch
        {
            "silence" => Signals.Silence(3),
            "white noise" => Signals.WhiteNoise(3, 0.1),
            "hum" => Signals.Hum(3),
            _ => Signals.MachineNoise(3),
        };

        var transcript = await transcriber.TranscribeAsync(new AudioClip(samples), cancellationToken: Token);

        Assert.Equal(NoSpeechReason.NoVoiceActivity, transcript.NoSpeech);
        Assert.Empty(transcript.Text);
        Assert.Empty(transcript.Segments);
        Assert.Null(transcript.Language);
        Assert.False(string.IsNullOrEmpty(transcript.Detail));
        Assert.DoesNotContain(services.Logs().GetSnapshot(), r => r.Id.Id == 201);
    }

    [Fact]
    public async Task Transcribe_WithVocabulary_PassesThePromptAndStillWorks()
    {
        using var services = SpeechServices.Build();
        var transcriber = services.GetRequiredService<ISpeechTranscriber>();
        var vocabulary = new SpeechVocabulary(["Spindel", "Alarm 2041", "Hydraulikpumpe P3", "Presse 7"]);

        var transcript = await transcriber.TranscribeAsync(Espeak.Clip(), new SpeechRequest { Vocabulary = vocabulary }, Token);

        Assert.True(transcript.HasSpeech);
    }

    [Theory]
    [InlineData(true, 256)]
    [InlineData(false, 0)]
    public async Task Transcribe_ShortQuestion_UsesAShortAudioContextWhenEnabled(bool enabled, int expected)
    {
        using var services = SpeechServices.Build(o => o.UseShortAudioContext = enabled);
        var transcriber = services.GetRequiredService<ISpeechTranscriber>();

        await transcriber.TranscribeAsync(Espeak.Clip("Check the spindle."), cancellationToken: Token);

        var record = Assert.Single(services.Logs().GetSnapshot(), r => r.Id.Id == 201);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), record.StructuredState!.Single(p => p.Key == "AudioContext").Value);
    }

    [Fact]
    public async Task Transcribe_TextIsLoggedOnlyAtTrace()
    {
        using var services = SpeechServices.Build();
        var transcript = await services.GetRequiredService<ISpeechTranscriber>().TranscribeAsync(Espeak.Clip(), cancellationToken: Token);

        var withText = services.Logs().GetSnapshot().Where(r => r.Message.Contains(transcript.Text, StringComparison.Ordinal));
        Assert.All(withText, r => Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Trace, r.Level));
    }

    [Fact]
    public async Task Transcribe_UnsupportedLanguage_IsRefused()
    {
        using var services = SpeechServices.Build();

        await Assert.ThrowsAsync<ArgumentException>(() => services.GetRequiredService<ISpeechTranscriber>()
            .TranscribeAsync(new AudioClip(Signals.Silence(1)), new SpeechRequest { Language = "fr" }, Token));
    }

    [Fact]
    public async Task Transcribe_LongerThanTheLimit_IsRefused()
    {
        using var services = SpeechServices.Build(o => o.MaxQuestionSeconds = 2);

        var error = await Assert.ThrowsAsync<AudioFormatException>(() =>
            services.GetRequiredService<ISpeechTranscriber>().TranscribeAsync(new AudioClip(Signals.Silence(3)), cancellationToken: Token));

        Assert.Contains("limit", error.Message);
    }
}
