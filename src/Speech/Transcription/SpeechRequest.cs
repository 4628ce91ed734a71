namespace Edge.Speech;

/// <summary>Per-question settings that override <see cref="SpeechOptions"/>.</summary>
public sealed record SpeechRequest
{
    /// <summary><c>de</c>, <c>en</c> or <c>auto</c>; null uses <see cref="SpeechOptions.Language"/>.</summary>
    public string? Language { get; init; }

    /// <summary>Words Whisper should expect (machine names, alarm codes, parts); becomes its initial prompt.</summary>
    public SpeechVocabulary? Vocabulary { get; init; }

    /// <summary>Run Whisper even when voice activity detection finds no speech (for audio known to be speech).</summary>
    public bool SkipVoiceActivityCheck { get; init; }
}
