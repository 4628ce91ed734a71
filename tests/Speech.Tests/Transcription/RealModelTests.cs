using Edge.Speech.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Speech.Tests.Transcription;

/// <summary>Words, not mechanics: only with a real model (EDGE_TEST_WHISPER_MODEL=path to a ggml file).</summary>
public class RealModelTests
{
    private static readonly string? ModelPath = Environment.GetEnvironmentVariable("EDGE_TEST_WHISPER_MODEL");

    [Theory]
    [InlineData(Espeak.English, "en", "alarm")]
    [InlineData(Espeak.German, "de", "alarm")]
    public async Task Transcribe_SpokenQuestion_RecognisesTheWords(string text, string language, string expectedWord)
    {
        if (string.IsNullOrEmpty(ModelPath))
        {
            Assert.Skip("No real Whisper model: set EDGE_TEST_WHISPER_MODEL to a ggml file to check recognised words.");
        }

        using var services = SpeechServices.Build(o =>
        {
            o.WhisperModel = ModelPath;
            o.TemperatureFallback = true;
        });
        var transcriber = services.GetRequiredService<ISpeechTranscriber>();
        var status = await transcriber.LoadModelAsync(TestContext.Current.CancellationToken);
        Assert.True(status.IsUsable, status.Reason);

        var transcript = await transcriber.TranscribeAsync(
            Espeak.Clip(text, language),
            new SpeechRequest { Language = language, Vocabulary = new SpeechVocabulary(["Spindel", "Alarm 2041", "Presse"]) },
            TestContext.Current.CancellationToken);

        Assert.True(transcript.HasSpeech, transcript.Detail);
        Assert.Contains(expectedWord, transcript.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2041", transcript.Text.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
