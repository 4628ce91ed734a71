namespace Edge.Speech.Processes;

/// <summary>The external programs the library runs; tests swap them for scripts that stand in for hardware.</summary>
internal sealed record SpeechTools
{
    public string Arecord { get; init; } = "arecord";

    public string Aplay { get; init; } = "aplay";

    public string EspeakNg { get; init; } = "espeak-ng";
}
