namespace Edge.Speech;

/// <summary>State of the Whisper model, for the agent's status.</summary>
public enum SpeechModelState
{
    /// <summary>No load check has run yet.</summary>
    NotChecked,

    /// <summary>The model loaded; speech input works.</summary>
    Present,

    /// <summary>No model is configured or the file does not exist.</summary>
    Missing,

    /// <summary>The file exists but cannot be used (corrupt, truncated, wrong format, native library failure).</summary>
    Unusable,
}

/// <summary>The Whisper model's state with a one-line reason the host can show.</summary>
/// <param name="State">Present, Missing or Unusable.</param>
/// <param name="Path">The configured model path, if any.</param>
/// <param name="Reason">One line: what was loaded, or what is wrong.</param>
public sealed record SpeechModelStatus(SpeechModelState State, string? Path, string Reason)
{
    /// <summary>True when transcription can run.</summary>
    public bool IsUsable => State == SpeechModelState.Present;

    internal static SpeechModelStatus NotChecked(string? path) => new(SpeechModelState.NotChecked, path, "the model has not been loaded yet");
}
