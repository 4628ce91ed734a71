using System.Runtime.CompilerServices;
using Edge.Agent.Adapters;
using Edge.Agent.Pipeline;
using Edge.Agent.Tests.TestSupport;
using Edge.Speech;
using Edge.Speech.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using CaptureMode = Edge.Agent.Pipeline.CaptureMode;
using SpeechUnavailableException = Edge.Agent.Pipeline.SpeechUnavailableException;

namespace Edge.Agent.Tests.Adapters;

/// <summary>The pipeline's microphone over the speech library's recorder, fed by a played-back clip.</summary>
public sealed class CaptureAdapterTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task HeldButton_RecordsTheWholeClip_AsOne16kHzUtterance()
    {
        var clip = new AudioClip(Signals.Sine(440, 16_000, 1.2, 0.3));
        using var services = SpeechStack.Build(_data.Path, new AudioClipCaptureSource(clip));
        var capture = services.GetRequiredService<IAudioCapture>();
        Assert.IsType<RecorderCapture>(capture);

        await using var session = await capture.StartAsync(CaptureMode.UntilStopped, Token);
        var utterance = await session.Completion.WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.Equal(16_000, utterance.SampleRate);
        Assert.Equal(clip.Length, utterance.Samples.Length);
        Assert.Equal(clip.Samples.Span[1234], utterance.Samples.Span[1234]);
    }

    [Fact]
    public async Task ButtonRelease_StopsARecording_KeepingWhatWasSaid()
    {
        // A live microphone: the clip, then silence for as long as nobody stops it.
        var clip = new AudioClip(Signals.Sine(440, 16_000, 0.5, 0.3));
        using var services = SpeechStack.Build(_data.Path, new AudioClipCaptureSource(clip, TimeProvider.System, holdOpen: true));
        await using var session = await services.GetRequiredService<IAudioCapture>().StartAsync(CaptureMode.UntilStopped, Token);
        await Task.Delay(800, Token);

        session.Stop();
        var utterance = await session.Completion.WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.InRange(utterance.Samples.Length, clip.Length, 16_000 * 5);
    }

    [Fact]
    public async Task CmdListen_EndsAtTheEndOfSpeech_WithoutAStop()
    {
        var clip = SpeechStack.SpokenClip();
        using var services = SpeechStack.Build(_data.Path, new AudioClipCaptureSource(clip, holdOpen: true));

        await using var session = await services.GetRequiredService<IAudioCapture>().StartAsync(CaptureMode.UntilSilence, Token);
        var utterance = await session.Completion.WaitAsync(TimeSpan.FromSeconds(20), Token);

        // Ended by voice activity: the speech and some trailing silence, not the endless source.
        Assert.InRange(utterance.Duration, clip.Duration - TimeSpan.FromSeconds(0.6), clip.Duration + TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task AFailingMicrophone_IsReportedAsSpeechUnavailable()
    {
        using var services = SpeechStack.Build(_data.Path, new BrokenMicrophone());

        await using var session = await services.GetRequiredService<IAudioCapture>().StartAsync(CaptureMode.UntilStopped, Token);

        var error = await Assert.ThrowsAsync<SpeechUnavailableException>(() => session.Completion.WaitAsync(TimeSpan.FromSeconds(10), Token));
        Assert.Contains("arecord", error.Message, StringComparison.Ordinal);
    }

    private sealed class BrokenMicrophone : IAudioCaptureSource
    {
        public string Name => "broken";

        public async IAsyncEnumerable<float[]> CaptureAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            throw new Edge.Speech.SpeechUnavailableException("arecord is not installed (apt-get install alsa-utils)");
#pragma warning disable CS0162 // an iterator needs a yield
            yield break;
#pragma warning restore CS0162
        }
    }
}
