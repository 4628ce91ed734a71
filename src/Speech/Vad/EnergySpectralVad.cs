using Microsoft.Extensions.Options;

namespace Edge.Speech.Vad;

/// <summary>
/// The built-in detector. A frame counts as speech when its 300–3400 Hz level stands clear of the
/// clip's noise floor (10th percentile of frame levels) and its spectrum is harmonic rather than
/// flat and lies mostly in the speech band; a stretch of such frames must also rise and fall like
/// syllables. Steady sounds (hum, fans, a running machine) set the floor or fail the modulation test,
/// white noise is flat, hum is out of band, a beeper is a single spectral line.
/// </summary>
internal sealed class EnergySpectralVad(IOptions<SpeechOptions> options) : IVoiceActivityDetector
{
    private readonly VadSettings settings = VadSettings.From(options.Value);

    public VoiceActivity Detect(AudioClip clip)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var frames = new List<FrameFeatures>(clip.Length / FrameAnalyzer.Hop + 1);
        new FrameAnalyzer().Push(clip.Samples.Span, frames);
        if (frames.Count == 0)
        {
            return None(double.NegativeInfinity, $"clip of {clip.Duration.TotalMilliseconds:0} ms is too short to judge");
        }

        var floor = NoiseFloor(frames);
        var candidates = SpeechRegions.Find(frames, f => settings.IsSpeechLike(f, floor), VadSettings.Frames(settings.BridgeGap));
        var regions = candidates.Where(r => r.ModulationDb(frames) >= settings.MinModulationDb).ToList();
        if (regions.Count == 0 && candidates.Count > 0)
        {
            return None(floor, $"steady sound, not speech (level varies {candidates.Max(r => r.ModulationDb(frames)):0.0} dB)");
        }

        var speechFrames = regions.Sum(r => r.Length);
        if (regions.Count == 0)
        {
            var loudest = frames.Max(f => f.BandDb);
            return None(floor, loudest < settings.AbsoluteMinDb
                ? $"silence: loudest frame {loudest:0} dBFS"
                : $"no speech-like frame (loudest {loudest:0} dBFS over a {floor:0} dBFS floor)");
        }

        var speech = TimeSpan.FromSeconds(speechFrames * FrameAnalyzer.Hop / (double)AudioClip.SampleRate);
        if (speech < settings.MinSpeech)
        {
            return None(floor, $"only {speech.TotalMilliseconds:0} ms of speech-like sound (need {settings.MinSpeech.TotalMilliseconds:0} ms)");
        }

        var start = AudioClip.ToTime(regions[0].Start * FrameAnalyzer.Hop) - settings.Padding;
        var end = AudioClip.ToTime((regions[^1].End + 1) * FrameAnalyzer.Hop) + settings.Padding;
        start = start < TimeSpan.Zero ? TimeSpan.Zero : start;
        end = end > clip.Duration ? clip.Duration : end;
        return new VoiceActivity(true, start, end, speech, floor, $"{speech.TotalSeconds:0.00} s of speech over a {floor:0} dBFS floor");
    }

    private static double NoiseFloor(List<FrameFeatures> frames)
    {
        var levels = frames.Select(f => f.BandDb).Order().ToArray();
        return levels[levels.Length / 10];
    }

    private static VoiceActivity None(double floor, string reason) =>
        new(false, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, floor, reason);
}
