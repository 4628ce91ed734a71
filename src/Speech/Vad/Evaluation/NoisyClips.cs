namespace Edge.Speech.Vad.Evaluation;

/// <summary>
/// Builds labelled clips: an utterance, levelled to a speaking voice at −20 dBFS (RMS of its voiced
/// part), placed after a stretch of noise and followed by more, with the noise scaled to the wanted
/// signal-to-noise ratio (so 20 / 10 / 5 / 0 dB means noise at −40 / −30 / −25 / −20 dBFS). The truth
/// comes from the clean utterance: hops within 40 dB of its loudest, pauses under 300 ms bridged.
/// </summary>
internal static class NoisyClips
{
    public const double SpeechDbfs = -20;
    private const double ActiveBelowPeakDb = 40;
    private const int BridgeHops = 30;

    /// <summary>Speech in noise (or in silence when <paramref name="noise"/> is <c>clean</c>).</summary>
    public static LabelledClip Mix(
        ReadOnlySpan<float> speech, string speechName, string noise, double? snrDb, double leadSeconds, double trailSeconds, int seed)
    {
        var lead = (int)(leadSeconds * AudioClip.SampleRate);
        lead -= lead % FrameAnalyzer.Hop;                       // truth hops line up with the clip's hops
        var total = lead + speech.Length + (int)(trailSeconds * AudioClip.SampleRate);
        var levels = HopLevels(speech);
        var active = Active(levels);
        var gain = Math.Pow(10, (SpeechDbfs - ActiveDb(levels, active)) / 20);
        var samples = new float[total];
        for (var i = 0; i < speech.Length; i++)
        {
            samples[lead + i] = (float)(speech[i] * gain);
        }

        if (noise != "clean")
        {
            AddNoise(samples, noise, SpeechDbfs - (snrDb ?? throw new ArgumentNullException(nameof(snrDb))), seed);
        }

        var truth = SpeechRegions.Find(active.Length, i => active[i], BridgeHops)
            .Select(r => new SpeechRegion(r.Start + (lead / FrameAnalyzer.Hop), r.End + (lead / FrameAnalyzer.Hop)))
            .ToList();
        return new LabelledClip(new AudioClip(samples), speechName, noise, noise == "clean" ? null : snrDb, truth);
    }

    /// <summary>Noise alone at <paramref name="dbfs"/>, optionally starting only after <paramref name="silentSeconds"/> (a machine starting up).</summary>
    public static LabelledClip NoiseOnly(string noise, double dbfs, double seconds, int seed, double silentSeconds = 0)
    {
        var samples = new float[(int)(seconds * AudioClip.SampleRate)];
        var start = (int)(silentSeconds * AudioClip.SampleRate);
        var part = new float[samples.Length - start];
        AddNoise(part, noise, dbfs, seed);
        part.CopyTo(samples, start);
        var name = silentSeconds > 0 ? $"{noise} starting" : noise;
        return new LabelledClip(new AudioClip(samples), string.Empty, name, null, []);
    }

    private static void AddNoise(float[] samples, string noise, double dbfs, int seed)
    {
        var sound = ShopFloorNoise.Make(noise, samples.Length / (double)AudioClip.SampleRate + 0.01, seed);
        var gain = Math.Pow(10, dbfs / 20);
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = Math.Clamp(samples[i] + (float)(gain * sound[i]), -1f, 1f);
        }
    }

    private static double[] HopLevels(ReadOnlySpan<float> speech)
    {
        var levels = new double[speech.Length / FrameAnalyzer.Hop];
        for (var h = 0; h < levels.Length; h++)
        {
            double sum = 0;
            foreach (var v in speech.Slice(h * FrameAnalyzer.Hop, FrameAnalyzer.Hop))
            {
                sum += v * v;
            }

            levels[h] = 10 * Math.Log10((sum / FrameAnalyzer.Hop) + 1e-12);
        }

        return levels;
    }

    private static bool[] Active(double[] levels)
    {
        var peak = levels.Length == 0 ? 0 : levels.Max();
        return [.. levels.Select(l => l >= peak - ActiveBelowPeakDb && l > -90)];
    }

    private static double ActiveDb(double[] levels, bool[] active)
    {
        var powers = levels.Where((_, i) => active[i]).Select(l => Math.Pow(10, l / 10)).ToArray();
        return powers.Length == 0 ? -90 : 10 * Math.Log10(powers.Average());
    }
}
