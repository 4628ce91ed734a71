namespace Edge.Speech;

/// <summary>A speech component cannot work (Whisper model missing or unusable, arecord or espeak-ng not installed); the rest of the agent can.</summary>
public sealed class SpeechUnavailableException : Exception
{
    /// <summary>Creates the exception with a one-line message naming the missing piece.</summary>
    public SpeechUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the underlying cause.</summary>
    public SpeechUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an unusable model, keeping its status.</summary>
    public SpeechUnavailableException(SpeechModelStatus status)
        : base($"Speech input is unavailable: {status?.Reason}")
    {
        ModelStatus = status;
    }

    /// <summary>The model status that made speech unavailable, when the model is the cause.</summary>
    public SpeechModelStatus? ModelStatus { get; }
}
