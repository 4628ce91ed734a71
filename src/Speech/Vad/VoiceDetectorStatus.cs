namespace Edge.Speech;

/// <summary>Which voice activity detector runs, and the state of its model.</summary>
/// <param name="Configured">The detector <c>Speech:Vad</c> asks for.</param>
/// <param name="Active">The detector that runs: the configured one, or <see cref="VoiceDetectors.Spectral"/> when its model is not usable.</param>
/// <param name="Model">The Silero model's state (path and one-line reason); null when the configured detector needs no model.</param>
public sealed record VoiceDetectorStatus(string Configured, string Active, SpeechModelStatus? Model)
{
    /// <summary>True when the configured detector could not run and the spectral detector stands in.</summary>
    public bool IsFallback => Configured != Active;
}
