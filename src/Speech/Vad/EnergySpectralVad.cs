namespace Edge.Speech.Vad;

/// <summary>
/// The spectral detector. A frame counts as speech when its 300–3400 Hz level stands clear of the
/// clip's noise floor (10th percentile of frame levels) and its spectrum is harmonic rather than
/// flat and lies mostly in the speech band; a stretch of such frames must also rise and fall like
/// syllables. Steady sounds (hum, fans, a running machine) set the floor or fail the modulation test,
/// white noise is flat, hum is out of band, a beeper is a single spectral line.
/// </summary>
internal sealed class EnergySpectralVad(VadSettings settings) : IClipSpeechFinder
{
    public string Name => VoiceDetectors.Spectral;

    /// <summary>The whole decision for a clip: <see cref="Find"/> and the question rules.</summary>
    public VoiceActivity Detect(AudioClip clip) => Find(clip).ToActivity(clip, settings);

    public SpeechFinding Find(AudioClip clip, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clip);
        cancellationToken.ThrowIfCancellationRequested();   // a minute of audio takes about 50 ms: no check inside
        var frames = FrameAnalyzer.Analyze(clip.Samples.Span);
        if (frames.Count == 0)
        {
            return SpeechFinding.None(double.NegativeInfinity, $"clip of {clip.Duration.TotalMilliseconds:0} ms is too short to judge");
        }

        var floor = NoiseFloor(frames);
        var candidates = SpeechRegions.Find(frames.Count, i => settings.IsSpeechLike(frames[i], floor), VadSettings.Frames(settings.BridgeGap));
        var regions = candidates.Where(r => r.ModulationDb(frames) >= settings.MinModulationDb).ToList();
        if (regions.Count == 0 && candidates.Count > 0)
        {
            return SpeechFinding.None(floor, $"steady sound, not speech (level varies {candidates.Max(r => r.ModulationDb(frames)):0.0} dB)");
        }

        if (regions.Count == 0)
        {
            var loudest = frames.Max(f => f.BandDb);
            return SpeechFinding.None(floor, loudest < settings.AbsoluteMinDb
                ? $"silence: loudest frame {loudest:0} dBFS"
                : $"no speech-like frame (loudest {loudest:0} dBFS over a {floor:0} dBFS floor)");
        }

        return new SpeechFinding(regions, floor);
    }

    private static double NoiseFloor(List<FrameFeatures> frames)
    {
        var levels = frames.Select(f => f.BandDb).Order().ToArray();
        return levels[levels.Length / 10];
    }
}
