namespace Edge.Speech;

/// <summary>Speaks answers aloud (espeak-ng, offline); optional, see <see cref="SpeechOptions.SpokenReplies"/>.</summary>
public interface ISpeechSynthesizer
{
    /// <summary>Speaks <paramref name="text"/> on the playback device; returns at once when spoken replies are off. Cancelling stops the sound.</summary>
    Task SpeakAsync(string text, string language, CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="text"/> spoken in <paramref name="language"/> as a WAV file (works whether or not spoken replies are on).</summary>
    Task SynthesizeToFileAsync(string text, string language, string path, CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="text"/> spoken in <paramref name="language"/> as WAV bytes to <paramref name="destination"/>.</summary>
    Task SynthesizeAsync(string text, string language, Stream destination, CancellationToken cancellationToken = default);
}
