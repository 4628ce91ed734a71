using Edge.Speech.Tests.Fixtures;
using Edge.Speech.Vad;

namespace Edge.Speech.Tests.Vad;

public class SpeechEndpointTrackerTests
{
    [Fact]
    public void Push_SpeechThenSilence_EndsAfterTheSilence()
    {
        var tracker = new SpeechEndpointTracker(new VadSettings());
        var audio = Signals.Concat(Signals.Silence(0.5), Espeak.Clip().Samples.ToArray(), Signals.Silence(1.5));

        var (state, at) = Feed(tracker, audio);

        Assert.Equal(EndpointState.Ended, state);
        Assert.InRange(at, (audio.Length / 16_000.0) - 1.5, audio.Length / 16_000.0);   // after espeak's clip, before the audio runs out
    }

    [Theory]
    [InlineData("hum")]
    [InlineData("white")]
    public void Push_NoiseOnly_NeverStartsSpeaking(string noise)
    {
        var tracker = new SpeechEndpointTracker(new VadSettings());
        var audio = noise switch
        {
            "hum" => Signals.Hum(4),
            "white" => Signals.Concat(Signals.Silence(0.5), Signals.WhiteNoise(4, 0.1)),
            _ => Signals.Concat(Signals.Silence(1), Signals.MachineNoise(4)),
        };

        var (state, _) = Feed(tracker, audio);

        Assert.Equal(EndpointState.Waiting, state);
    }

    [Fact]
    public void Push_MachineStartingUp_EndsSoonAndTheClipIsNotSpeech()
    {
        // The step from silence to noise looks like an onset; once the noise stays level the
        // recording ends, and the clip-level detector (run before Whisper) rejects it.
        var tracker = new SpeechEndpointTracker(new VadSettings());
        var audio = Signals.Concat(Signals.Silence(1), Signals.MachineNoise(6));

        var (state, at) = Feed(tracker, audio);

        Assert.Equal(EndpointState.Ended, state);
        Assert.True(at < 3.5, $"ended at {at} s");
        var clip = new AudioClip(audio[..(int)(at * 16_000)]);
        Assert.False(new EnergySpectralVad(new VadSettings()).Detect(clip).HasSpeech);
    }

    private static (EndpointState State, double AtSeconds) Feed(SpeechEndpointTracker tracker, float[] audio)
    {
        for (var i = 0; i < audio.Length; i += 1600)
        {
            var state = tracker.Push(audio.AsSpan(i, Math.Min(1600, audio.Length - i)));
            if (state == EndpointState.Ended)
            {
                return (state, (i + 1600) / 16_000.0);
            }
        }

        return (tracker.State, audio.Length / 16_000.0);
    }
}
