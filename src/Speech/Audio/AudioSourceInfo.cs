namespace Edge.Speech;

/// <summary>What the audio was before it became a 16 kHz mono clip (shown in logs and status).</summary>
/// <param name="Encoding">Sample encoding, e.g. "PCM 16-bit" or "IEEE float 32-bit".</param>
/// <param name="SampleRate">Original sample rate in Hz.</param>
/// <param name="Channels">Original channel count (downmixed to mono).</param>
/// <param name="Origin">Where it came from: a file name, "microphone", "generated".</param>
public sealed record AudioSourceInfo(string Encoding, int SampleRate, int Channels, string Origin)
{
    /// <summary>Samples produced in code at 16 kHz mono.</summary>
    public static AudioSourceInfo Generated { get; } = new("float 32-bit", AudioClip.SampleRate, 1, "generated");
}
