namespace Edge.Speech;

/// <summary>The voice activity detectors <c>Speech:Vad</c> can name.</summary>
public static class VoiceDetectors
{
    /// <summary>Level over the noise floor, harmonic, in band, not a tone, modulated like syllables. Needs no model.</summary>
    public const string Spectral = "spectral";

    /// <summary>The Silero VAD v5 network (ONNX Runtime), shipped beside the program.</summary>
    public const string Silero = "silero";

    /// <summary>Silero's probability, gated by the spectral tonality and modulation checks.</summary>
    public const string SileroGated = "silero-gated";

    /// <summary>Every name, for validation and documentation.</summary>
    public static IReadOnlyList<string> All { get; } = [Spectral, Silero, SileroGated];
}
