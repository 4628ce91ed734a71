namespace Edge.Knowledge;

/// <summary>A question or query that cannot be searched (empty, too long, not text); the message is one line.</summary>
public sealed class InvalidQuestionException : Exception
{
    /// <summary>Creates the exception with a one-line reason.</summary>
    public InvalidQuestionException(string message) : base(message) { }

    /// <summary>Creates the exception with a one-line reason and its cause.</summary>
    public InvalidQuestionException(string message, Exception inner) : base(message, inner) { }
}
