using Edge.Agent.Adapters;
using Edge.Agent.Pipeline;
using Edge.Agent.Tests.TestSupport;
using Edge.Speech.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using SpeechUnavailableException = Edge.Agent.Pipeline.SpeechUnavailableException;

namespace Edge.Agent.Tests.Adapters;

/// <summary>The pipeline's speech-to-text over Whisper.net with the generated tiny model: mechanics, not words.</summary>
public sealed class TranscriberAdapterTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task SpokenQuestion_GivesTextAndTimedSegmentsWithConfidence()
    {
        var clip = SpeechStack.SpokenClip();
        using var services = SpeechStack.Build(_data.Path);
        var transcriber = services.GetRequiredService<IUtteranceTranscriber>();
        Assert.IsType<WhisperUtteranceTranscriber>(transcriber);

        var transcription = await transcriber.TranscribeAsync(new Utterance(clip.Samples), Token);

        Assert.False(transcription.IsEmpty);
        Assert.Equal("en", transcription.Language);
        Assert.NotEmpty(transcription.Segments);
        Assert.All(transcription.Segments, s =>
        {
            Assert.InRange(s.Start, TimeSpan.Zero, clip.Duration);
            Assert.InRange(s.End, s.Start, clip.Duration);
            Assert.InRange(s.Probability ?? -1, 0, 1);
            Assert.InRange(s.NoSpeechProbability ?? -1, 0, 1);
        });
        Assert.Equal(transcription.Text, string.Join(' ', transcription.Segments.Select(s => s.Text)));
    }

    [Fact]
    public async Task Silence_IsNoSpeech()
    {
        using var services = SpeechStack.Build(_data.Path);

        var transcription = await services.GetRequiredService<IUtteranceTranscriber>().TranscribeAsync(new Utterance(Signals.Silence(2)), Token);

        Assert.Same(Transcription.NoSpeech, transcription);
    }

    [Fact]
    public async Task MissingModel_ThrowsTheAgentsSpeechUnavailable_NamingTheFile()
    {
        var missing = _data.File("ggml-base.bin");
        using var services = SpeechStack.Build(_data.Path, speech: o => o.WhisperModel = missing);

        var error = await Assert.ThrowsAsync<SpeechUnavailableException>(() =>
            services.GetRequiredService<IUtteranceTranscriber>().TranscribeAsync(new Utterance(SpeechStack.SpokenClip().Samples), Token));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.IsType<Edge.Speech.SpeechUnavailableException>(error.InnerException);
    }

    [Fact]
    public void Utterance_OfAnotherRate_IsRefused() =>
        Assert.Throws<ArgumentException>(() => WhisperUtteranceTranscriber.ToClip(new Utterance(new float[800], 8_000)));

    [Fact]
    public void Utterance_FillingItsArray_IsNotCopied()
    {
        var samples = new float[1600];
        var clip = WhisperUtteranceTranscriber.ToClip(new Utterance(samples));
        samples[5] = 0.5f;
        Assert.Equal(0.5f, clip.Samples.Span[5]);
        Assert.Equal(100, WhisperUtteranceTranscriber.ToClip(new Utterance(samples.AsMemory(0, 100))).Length);
    }
}
