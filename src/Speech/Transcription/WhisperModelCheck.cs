namespace Edge.Speech.Transcription;

/// <summary>Checks a ggml Whisper model file from its header and vocabulary, without loading it into whisper.cpp.</summary>
public static class WhisperModelCheck
{
    /// <summary>Describes a usable model in one line; throws <see cref="InvalidDataException"/> naming the problem otherwise.</summary>
    public static string Describe(string path) => GgmlModelInspector.Inspect(path).Describe();
}
