namespace Edge.Speech;

/// <summary>Where the speech in a clip is, padded, or why there is none.</summary>
/// <param name="HasSpeech">True when enough speech-like sound was found to be a question.</param>
/// <param name="SpeechStart">Start of the speech including padding (zero when there is none).</param>
/// <param name="SpeechEnd">End of the speech including padding (zero when there is none).</param>
/// <param name="SpeechDuration">Total length of the frames judged to be speech.</param>
/// <param name="NoiseFloorDb">Estimated background level in the speech band, dB full scale.</param>
/// <param name="Reason">One line for logs: what was found, or why nothing counted.</param>
public sealed record VoiceActivity(
    bool HasSpeech, TimeSpan SpeechStart, TimeSpan SpeechEnd, TimeSpan SpeechDuration, double NoiseFloorDb, string Reason)
{
    /// <summary>The padded speech part of <paramref name="clip"/>, or the clip itself when nothing would be cut.</summary>
    public AudioClip Trim(AudioClip clip)
    {
        ArgumentNullException.ThrowIfNull(clip);
        return !HasSpeech || (SpeechStart <= TimeSpan.Zero && SpeechEnd >= clip.Duration) ? clip : clip.Slice(SpeechStart, SpeechEnd);
    }
}
