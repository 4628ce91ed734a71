using System.Runtime.CompilerServices;
using Edge.Speech.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Edge.Speech.Tests.Capture;

public class RecorderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ServiceProvider With(IAudioCaptureSource source, TimeProvider? time = null, Action<SpeechOptions>? configure = null) =>
        SpeechServices.Build(configure, s =>
        {
            s.AddSingleton(source);
            if (time is not null)
            {
                s.AddSingleton(time);
            }
        });

    [Fact]
    public async Task PushToTalk_Release_EndsWithWhatWasCaptured()
    {
        var microphone = new HeldMicrophone(chunks: 12);
        using var services = With(microphone);
        await using var session = services.GetRequiredService<IRecorder>().Start(CaptureMode.PushToTalk, Token);
        await microphone.Delivered.Task.WaitAsync(TestTimeouts.Hang, Token);

        session.Stop();
        var recording = await session.Completion.WaitAsync(TestTimeouts.Hang, Token);

        Assert.Equal(RecordingEndReason.Released, recording.EndReason);
        Assert.Equal(12 * 1600, recording.Clip.Length);
    }

    [Fact]
    public async Task VoiceActivity_SpeakerStops_EndsAfterTheSilenceAndTranscribes()
    {
        var question = new AudioClip(Signals.Concat(Signals.Silence(0.5), Espeak.Clip().Samples.ToArray()));
        using var services = With(new AudioClipCaptureSource(question, holdOpen: true));

        await using var session = services.GetRequiredService<IRecorder>().Start(CaptureMode.VoiceActivity, Token);
        var recording = await session.Completion;
        var transcript = await services.GetRequiredService<ISpeechTranscriber>().TranscribeAsync(recording.Clip, cancellationToken: Token);

        Assert.Equal(RecordingEndReason.EndOfSpeech, recording.EndReason);
        Assert.InRange(recording.Clip.Duration, question.Duration - TimeSpan.FromSeconds(0.5), question.Duration + TimeSpan.FromSeconds(1.5));
        Assert.True(transcript.HasSpeech);
    }

    [Fact]
    public async Task VoiceActivity_OnlyMachineHum_GivesUpAfterTheNoSpeechTimeout()
    {
        using var services = With(new AudioClipCaptureSource(new AudioClip(Signals.Hum(20)), holdOpen: true), configure: o => o.NoSpeechTimeoutSeconds = 3);

        await using var session = services.GetRequiredService<IRecorder>().Start(CaptureMode.VoiceActivity, Token);
        var recording = await session.Completion;

        Assert.Equal(RecordingEndReason.NoSpeech, recording.EndReason);
        Assert.InRange(recording.Clip.Duration.TotalSeconds, 3.0, 3.1);
    }

    [Fact]
    public async Task PushToTalk_NeverReleased_IsCutAtTheMaximumLength()
    {
        using var services = With(new AudioClipCaptureSource(Espeak.Clip(), holdOpen: true), configure: o => o.MaxQuestionSeconds = 3);

        await using var session = services.GetRequiredService<IRecorder>().Start(cancellationToken: Token);
        var recording = await session.Completion;

        Assert.Equal(RecordingEndReason.MaxLength, recording.EndReason);
        Assert.Equal(3 * 16_000, recording.Clip.Length);
    }

    [Fact]
    public async Task PushToTalk_DeviceStalls_IsCutByTheClock()
    {
        var time = new FakeTimeProvider();
        using var services = With(new StalledSource(), time, o => o.MaxQuestionSeconds = 10);
        await using var session = services.GetRequiredService<IRecorder>().Start(cancellationToken: Token);

        // The session's clock starts with Start; the stalled device never yields a chunk.
        time.Advance(TimeSpan.FromSeconds(10));
        var recording = await session.Completion.WaitAsync(TestTimeouts.Hang, Token);

        Assert.Equal(RecordingEndReason.MaxLength, recording.EndReason);
    }

    [Fact]
    public async Task Recording_SourceRunsOut_EndsWithSourceEnded()
    {
        using var services = With(new AudioClipCaptureSource(Espeak.Clip()));

        await using var session = services.GetRequiredService<IRecorder>().Start(cancellationToken: Token);

        Assert.Equal(RecordingEndReason.SourceEnded, (await session.Completion).EndReason);
    }

    [Fact]
    public async Task Recording_Cancelled_CompletesAsCancelled()
    {
        var time = new FakeTimeProvider();
        using var services = With(new AudioClipCaptureSource(Espeak.Clip(), pace: time, holdOpen: true), time);
        using var cancel = new CancellationTokenSource();
        await using var session = services.GetRequiredService<IRecorder>().Start(cancellationToken: cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.Completion);
    }

    /// <summary>A live microphone: a number of 100 ms chunks of sound, then silence until the recording stops.</summary>
    private sealed class HeldMicrophone(int chunks) : IAudioCaptureSource
    {
        public string Name => "held";

        /// <summary>Completes when the recorder asked for the chunk after the last sound chunk, i.e. took them all.</summary>
        public TaskCompletionSource Delivered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async IAsyncEnumerable<float[]> CaptureAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            for (var i = 0; i < chunks; i++)
                yield return Signals.Sine(440, 16_000, 0.1, 0.3);
            Delivered.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    private sealed class StalledSource : IAudioCaptureSource
    {
        public string Name => "stalled";

        public async IAsyncEnumerable<float[]> CaptureAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            yield break;
        }
    }
}
