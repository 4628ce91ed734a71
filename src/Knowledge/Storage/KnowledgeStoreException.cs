namespace Edge.Knowledge.Storage;

/// <summary>The knowledge database cannot be used; the message is one line naming the reason.</summary>
public sealed class KnowledgeStoreException : Exception
{
    /// <summary>Creates the exception with a one-line reason.</summary>
    public KnowledgeStoreException(string message) : base(message) { }

    /// <summary>Creates the exception with a one-line reason and its cause.</summary>
    public KnowledgeStoreException(string message, Exception inner) : base(message, inner) { }
}
