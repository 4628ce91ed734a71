using Edge.Speech.Tests.Fixtures;
using Edge.Speech.Vad;
using Edge.Speech.Vad.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Speech.Tests.Vad;

/// <summary>
/// Live endpointing with the default detector while the machine keeps running: the recording ends
/// soon after the last word, and noise alone never ends it as if a question was over.
/// </summary>
public class SileroEndpointingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(NoisySpeech.Noises), MemberType = typeof(NoisySpeech))]
    public void Tracker_QuestionIn10dBNoiseThatGoesOn_EndsSoonAfterTheLastWord(string noise)
    {
        var clip = NoisySpeech.Question(noise, snrDb: 10, trailSeconds: 4);
        using var services = SpeechServices.Build();
        using var tracker = services.GetRequiredService<ConfiguredVoiceDetector>().CreateTracker();

        var endedAt = Feed(tracker, clip.Clip);

        Assert.IsType<SileroEndpointTracker>(tracker);
        Assert.NotNull(endedAt);
        var silence = TimeSpan.FromMilliseconds(new SpeechOptions().EndOfSpeechMs);
        Assert.InRange(endedAt.Value, clip.SpeechEnd + silence, clip.SpeechEnd + silence + TimeSpan.FromMilliseconds(500));
    }

    [Theory]
    [MemberData(nameof(NoisySpeech.Noises), MemberType = typeof(NoisySpeech))]
    public void Tracker_MachineRunningAlone_NeverEndsARecording(string noise)
    {
        using var services = SpeechServices.Build();
        using var tracker = services.GetRequiredService<ConfiguredVoiceDetector>().CreateTracker();

        var endedAt = Feed(tracker, NoisyClips.NoiseOnly(noise, NoisyClips.SpeechDbfs - 5, 10, seed: 9).Clip);

        Assert.Null(endedAt);
        Assert.Equal(EndpointState.Waiting, tracker.State);
    }

    [Fact]
    public async Task Recorder_QuestionBesideARunningLine_EndsAtTheEndOfSpeechNotAtTheMaximum()
    {
        var clip = NoisySpeech.Question("mixture", snrDb: 5, trailSeconds: 20);
        using var services = SpeechServices.Build(extra: s => s.AddSingleton<IAudioCaptureSource>(new AudioClipCaptureSource(clip.Clip)));

        await using var session = services.GetRequiredService<IRecorder>().Start(CaptureMode.VoiceActivity, Token);
        var recording = await session.Completion;

        Assert.Equal(RecordingEndReason.EndOfSpeech, recording.EndReason);
        Assert.InRange(recording.Clip.Duration, clip.SpeechEnd, clip.SpeechEnd + TimeSpan.FromSeconds(1.3));
    }

    [Fact]
    public async Task Recorder_RunningLineAndNobodySpeaks_GivesUpAfterTheNoSpeechTimeout()
    {
        var noise = NoisyClips.NoiseOnly("mixture", NoisyClips.SpeechDbfs, 20, seed: 11).Clip;
        using var services = SpeechServices.Build(
            o => o.NoSpeechTimeoutSeconds = 4, s => s.AddSingleton<IAudioCaptureSource>(new AudioClipCaptureSource(noise)));

        await using var session = services.GetRequiredService<IRecorder>().Start(CaptureMode.VoiceActivity, Token);
        var recording = await session.Completion;

        Assert.Equal(RecordingEndReason.NoSpeech, recording.EndReason);
        Assert.InRange(recording.Clip.Duration.TotalSeconds, 4.0, 4.1);
    }

    [Fact]
    public async Task Recorder_SileroModelMissing_EndpointsWithTheSpectralTracker()
    {
        var question = new AudioClip(Signals.Concat(Signals.Silence(0.5), Espeak.Clip().Samples.ToArray(), Signals.Silence(5)));
        using var services = SpeechServices.Build(
            o => o.VadModel = "/nonexistent/silero_vad.onnx", s => s.AddSingleton<IAudioCaptureSource>(new AudioClipCaptureSource(question)));

        await using var session = services.GetRequiredService<IRecorder>().Start(CaptureMode.VoiceActivity, Token);
        var recording = await session.Completion;

        Assert.Equal(RecordingEndReason.EndOfSpeech, recording.EndReason);
        Assert.Equal(VoiceDetectors.Spectral, services.GetRequiredService<IVoiceActivityDetector>().Status.Active);
    }

    /// <summary>Feeds 100 ms chunks as arecord delivers them; the audio time at which the recording would end, if it does.</summary>
    private static TimeSpan? Feed(IEndpointTracker tracker, AudioClip clip)
    {
        const int Chunk = AudioClip.SampleRate / 10;
        var samples = clip.Samples.Span;
        for (var offset = 0; offset < samples.Length; offset += Chunk)
        {
            if (tracker.Push(samples.Slice(offset, Math.Min(Chunk, samples.Length - offset))) == EndpointState.Ended)
            {
                return AudioClip.ToTime(Math.Min(offset + Chunk, samples.Length));
            }
        }

        return null;
    }
}
