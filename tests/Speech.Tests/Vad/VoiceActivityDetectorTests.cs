using Edge.Speech.Tests.Fixtures;
using Edge.Speech.Vad;

namespace Edge.Speech.Tests.Vad;

public class VoiceActivityDetectorTests
{
    private readonly EnergySpectralVad vad = new(new VadSettings());

    public static TheoryData<string> NotSpeech => ["silence", "white noise", "50 Hz hum", "machine noise", "machine starting", "beeper", "click"];

    [Theory]
    [MemberData(nameof(NotSpeech))]
    public void Detect_NonSpeechSound_IsNeverSpeech(string name)
    {
        var samples = name switch
        {
            "silence" => Signals.Silence(3),
            "white noise" => Signals.WhiteNoise(3, 0.1),
            "50 Hz hum" => Signals.Hum(3, 0.5),
            "machine noise" => Signals.MachineNoise(5),
            "machine starting" => Signals.Concat(Signals.Silence(1), Signals.MachineNoise(3)),
            "beeper" => Signals.Concat(Signals.Silence(0.5), Signals.Sine(2400, 16_000, 1.5, 0.3), Signals.Silence(0.5)),
            _ => Signals.Concat(Signals.Silence(1), Signals.WhiteNoise(0.03, 0.5), Signals.Silence(1)),
        };

        var result = vad.Detect(new AudioClip(samples));

        Assert.False(result.HasSpeech, result.Reason);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    [Theory]
    [InlineData(Espeak.English, "en")]
    [InlineData(Espeak.German, "de")]
    public void Detect_SpokenQuestion_FindsSpeechAndTrimsWithPadding(string text, string voice)
    {
        var speech = Espeak.Clip(text, voice).Samples.ToArray();
        var clip = new AudioClip(Signals.Concat(Signals.Silence(1.5), speech, Signals.Silence(2)));

        var result = vad.Detect(clip);

        Assert.True(result.HasSpeech, result.Reason);
        Assert.InRange(result.SpeechStart.TotalSeconds, 1.2, 1.4);              // speech at 1.5 s, 200 ms padding
        Assert.InRange(result.SpeechEnd.TotalSeconds, 1.5 + 3.0, 1.5 + (speech.Length / 16_000.0) + 0.25);
        var trimmed = result.Trim(clip);
        Assert.True(trimmed.Duration < clip.Duration - TimeSpan.FromSeconds(2.5));
    }

    [Theory]
    [InlineData("white")]
    [InlineData("machine")]
    public void Detect_SpeechInNoiseAt10dBSnr_IsStillSpeech(string noise)
    {
        var speech = Signals.Concat(Signals.Silence(1), Espeak.Clip().Samples.ToArray(), Signals.Silence(1));
        var noisy = Signals.Mix(speech, noise == "white" ? Signals.WhiteNoise(10, 0.1) : Signals.MachineNoise(10), snrDb: 10);

        var result = vad.Detect(new AudioClip(noisy));

        Assert.True(result.HasSpeech, result.Reason);
        Assert.InRange(result.SpeechStart.TotalSeconds, 0.6, 1.2);
    }

    [Fact]
    public void Detect_ShortBlip_IsTooShortToBeAQuestion()
    {
        var word = Espeak.Clip("ok").Samples.ToArray()[..(16_000 / 10)];
        var result = vad.Detect(new AudioClip(Signals.Concat(Signals.Silence(1), word, Signals.Silence(1))));

        Assert.False(result.HasSpeech, result.Reason);
    }

    [Fact]
    public void Detect_ClipShorterThanAFrame_HasNoSpeech()
    {
        var result = vad.Detect(new AudioClip(new float[100]));

        Assert.False(result.HasSpeech);
        Assert.Contains("too short", result.Reason);
    }
}
