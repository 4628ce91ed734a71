namespace Edge.Speech.Vad;

/// <summary>
/// Silero VAD over a whole clip: a speech probability every 32 ms with hysteresis (speech starts at
/// <see cref="VadSettings.SileroThreshold"/> and holds until the probability falls below
/// <see cref="VadSettings.SileroEndThreshold"/>), in 10 ms hops so the regions and question rules
/// are the same as the spectral detector's. Gated, a hop also has to pass the spectral tonality check
/// (a whine or beeper is one spectral line) and a region the modulation check (a level machine sound
/// does not rise and fall like syllables).
/// </summary>
internal sealed class SileroVad(SileroModel model, VadSettings settings, bool gated) : IClipSpeechFinder
{
    public string Name => gated ? VoiceDetectors.SileroGated : VoiceDetectors.Silero;

    public SpeechFinding Find(AudioClip clip, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var samples = clip.Samples.Span;
        if (samples.Length < SileroModel.Window)
        {
            return SpeechFinding.None(double.NegativeInfinity, $"clip of {clip.Duration.TotalMilliseconds:0} ms is too short to judge");
        }

        var probabilities = Score(samples, cancellationToken);
        var speaking = Hysteresis(probabilities, samples.Length / FrameAnalyzer.Hop);
        var frames = gated ? FrameAnalyzer.Analyze(samples) : null;
        var count = Math.Min(speaking.Length, frames?.Count ?? int.MaxValue);
        var candidates = SpeechRegions.Find(
            count, i => speaking[i] && (frames is null || frames[i].Tonality <= settings.MaxTonality), VadSettings.Frames(settings.BridgeGap));
        var regions = frames is null ? candidates : candidates.Where(r => r.ModulationDb(frames) >= settings.MinModulationDb).ToList();
        var floor = frames is null ? FloorDb(samples) : Percentile(frames.Select(f => f.BandDb));
        if (regions.Count > 0)
        {
            return new SpeechFinding(regions, floor);
        }

        return frames is not null && candidates.Count > 0
            ? SpeechFinding.None(floor, $"steady sound, not speech (level varies {candidates.Max(r => r.ModulationDb(frames)):0.0} dB)")
            : frames is not null && speaking.Any(s => s)
                ? SpeechFinding.None(floor, "a tone, not speech")
                : SpeechFinding.None(floor, $"no speech: Silero probability peaked at {probabilities.Max():0.00} (threshold {settings.SileroThreshold:0.00})");
    }

    /// <summary>One probability per 512 samples; the last partial window is padded with silence.</summary>
    private List<float> Score(ReadOnlySpan<float> samples, CancellationToken cancellationToken)
    {
        const int Second = AudioClip.SampleRate;
        var probabilities = new List<float>((samples.Length / SileroModel.Window) + 1);
        using var stream = model.CreateStream();
        for (var offset = 0; offset < samples.Length; offset += Second)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stream.Push(samples.Slice(offset, Math.Min(Second, samples.Length - offset)), probabilities);
        }

        var rest = samples.Length % SileroModel.Window;
        if (rest > 0)
        {
            stream.Push(new float[SileroModel.Window - rest], probabilities);
        }

        return probabilities;
    }

    /// <summary>Speech or not for every 10 ms hop, from the window that holds the hop's middle.</summary>
    private bool[] Hysteresis(List<float> probabilities, int hops)
    {
        var speech = new bool[hops];
        var speaking = false;
        for (var i = 0; i < hops; i++)
        {
            var window = Math.Min(((i * FrameAnalyzer.Hop) + (FrameAnalyzer.Hop / 2)) / SileroModel.Window, probabilities.Count - 1);
            speaking = settings.SileroSpeaking(probabilities[window], speaking);
            speech[i] = speaking;
        }

        return speech;
    }

    private static double FloorDb(ReadOnlySpan<float> samples)
    {
        var levels = new double[samples.Length / FrameAnalyzer.Hop];
        for (var i = 0; i < levels.Length; i++)
        {
            var hop = samples.Slice(i * FrameAnalyzer.Hop, FrameAnalyzer.Hop);
            double sum = 0;
            foreach (var v in hop)
            {
                sum += v * v;
            }

            levels[i] = 10 * Math.Log10((sum / hop.Length) + 1e-12);
        }

        return Percentile(levels);
    }

    private static double Percentile(IEnumerable<double> levels)
    {
        var sorted = levels.Order().ToArray();
        return sorted.Length == 0 ? double.NegativeInfinity : sorted[sorted.Length / 10];
    }
}
