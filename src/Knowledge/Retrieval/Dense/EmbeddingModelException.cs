namespace Edge.Knowledge.Retrieval;

/// <summary>The embedding model or its vocabulary is missing, unreadable or not a sentence-embedding model.</summary>
/// <remarks>The message is one line meant for <c>edge-agent status</c> and logs; the ONNX Runtime error, if any, is the inner exception.</remarks>
internal sealed class EmbeddingModelException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public EmbeddingModelException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
