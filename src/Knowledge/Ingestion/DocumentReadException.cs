namespace Edge.Knowledge.Ingestion;

/// <summary>A file could not be read as a document; the message is one line naming the reason.</summary>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates the exception with a one-line reason.</summary>
    public DocumentReadException(string reason) : base(reason) { }

    /// <summary>Creates the exception with a one-line reason and the library error behind it.</summary>
    public DocumentReadException(string reason, Exception inner) : base(reason, inner) { }
}
