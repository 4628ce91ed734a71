namespace Edge.Speech.Vad;

/// <summary>
/// What a detector found in a clip before the question rules apply: speech regions in 10 ms hops
/// (unpadded), the background level, and why nothing counted when there are no regions.
/// </summary>
/// <param name="Regions">Stretches judged to be speech, in hops of <see cref="FrameAnalyzer.Hop"/> samples.</param>
/// <param name="NoiseFloorDb">Background level, dB full scale (speech band for the spectral detector, broadband otherwise).</param>
/// <param name="NoSpeechReason">Why there are no regions; null when there are some.</param>
internal sealed record SpeechFinding(IReadOnlyList<SpeechRegion> Regions, double NoiseFloorDb, string? NoSpeechReason = null)
{
    public static SpeechFinding None(double floor, string reason) => new([], floor, reason);

    /// <summary>Applies the least speech that makes a question and pads the first to last region.</summary>
    public VoiceActivity ToActivity(AudioClip clip, VadSettings settings)
    {
        ArgumentNullException.ThrowIfNull(clip);
        if (Regions.Count == 0)
        {
            return Nothing(NoSpeechReason ?? "no speech found");
        }

        var speech = HopsToTime(Regions.Sum(r => r.Length));
        if (speech < settings.MinSpeech)
        {
            return Nothing($"only {speech.TotalMilliseconds:0} ms of speech-like sound (need {settings.MinSpeech.TotalMilliseconds:0} ms)");
        }

        var start = HopsToTime(Regions[0].Start) - settings.Padding;
        var end = HopsToTime(Regions[^1].End + 1) + settings.Padding;
        start = start < TimeSpan.Zero ? TimeSpan.Zero : start;
        end = end > clip.Duration ? clip.Duration : end;
        return new VoiceActivity(true, start, end, speech, NoiseFloorDb, $"{speech.TotalSeconds:0.00} s of speech over a {NoiseFloorDb:0} dBFS floor");
    }

    public static TimeSpan HopsToTime(int hops) => AudioClip.ToTime(hops * FrameAnalyzer.Hop);

    private VoiceActivity Nothing(string reason) => new(false, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, NoiseFloorDb, reason);
}
