namespace Edge.Speech;

/// <summary>Audio that cannot be used as a question; the message names the problem in one line.</summary>
public sealed class AudioFormatException : Exception
{
    /// <summary>Creates the exception with a one-line message that names the problem.</summary>
    public AudioFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the underlying cause.</summary>
    public AudioFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
