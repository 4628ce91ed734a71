using Edge.Speech.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Speech.Tests.Transcription;

public class ConcurrencyAndCancellationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Transcribe_ManyAtOnce_AllSucceedWithTheSameResultAsAlone()
    {
        using var services = SpeechServices.Build(o => o.MaxConcurrentTranscriptions = 2);
        var transcriber = services.GetRequiredService<ISpeechTranscriber>();
        var clip = Espeak.Clip();
        var alone = await transcriber.TranscribeAsync(clip, cancellationToken: Token);

        var together = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => transcriber.TranscribeAsync(clip, cancellationToken: Token), Token)));

        Assert.All(together, t => Assert.Equal(alone.Text, t.Text));
    }

    [Fact]
    public async Task Transcribe_CancelledWhileWhisperRuns_Throws()
    {
        // A long clip decoded over the full 30 s window with language detection takes seconds, so the
        // cancellation lands while Whisper runs. How quickly it stops is measured in bench/ (speech).
        using var services = SpeechServices.Build(o => { o.UseShortAudioContext = false; o.Language = "auto"; });
        var transcriber = services.GetRequiredService<ISpeechTranscriber>();
        await transcriber.LoadModelAsync(Token);
        var speech = Espeak.Clip().Samples.ToArray();
        var clip = new AudioClip(Signals.Concat(Enumerable.Repeat(speech, 10).ToArray()));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transcriber.TranscribeAsync(clip, cancellationToken: cancel.Token).WaitAsync(TestTimeouts.Hang, Token));
    }

    [Fact]
    public async Task Transcribe_AlreadyCancelled_Throws()
    {
        using var services = SpeechServices.Build();
        var cancelled = new CancellationToken(canceled: true);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            services.GetRequiredService<ISpeechTranscriber>().TranscribeAsync(Espeak.Clip(), cancellationToken: cancelled));
    }

    [Fact]
    public async Task Transcribe_AfterACancelledRequest_StillWorks()
    {
        using var services = SpeechServices.Build(o => o.MaxConcurrentTranscriptions = 1);
        var transcriber = services.GetRequiredService<ISpeechTranscriber>();
        using var cancel = new CancellationTokenSource();
        var first = transcriber.TranscribeAsync(Espeak.Clip(), cancellationToken: cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);

        var second = await transcriber.TranscribeAsync(Espeak.Clip(), cancellationToken: Token);

        Assert.True(second.HasSpeech);
    }
}
