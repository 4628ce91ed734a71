namespace Edge.Speech.Transcription;

/// <summary>
/// Whisper always encodes a 30 s window (1500 frames, 50 per second). A spoken command of a few
/// seconds needs only its own length: the encoder cost falls roughly in proportion, at a small
/// accuracy cost that a margin of about a second keeps down.
/// </summary>
internal static class AudioContextSizer
{
    private const int FramesPerSecond = 50;
    private const int MarginFrames = 64;
    private const int Granularity = 64;
    private const int MinFrames = 256;

    /// <summary>The audio context for a clip, or 0 for the model's full window.</summary>
    public static int For(TimeSpan duration, int modelAudioContext)
    {
        var needed = (int)Math.Ceiling(duration.TotalSeconds * FramesPerSecond) + MarginFrames;
        var rounded = Math.Max(MinFrames, (needed + Granularity - 1) / Granularity * Granularity);
        return rounded >= modelAudioContext ? 0 : rounded;
    }
}
