namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>Reads a document's whole input stream into memory; the file behind it is already bounded by Knowledge:MaxFileSizeMb.</summary>
internal static class ContentBytes
{
    /// <summary>Copies the stream from its current position to the end.</summary>
    public static byte[] ReadAll(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        cancellationToken.ThrowIfCancellationRequested();
        if (content is MemoryStream { Position: 0 } memory)
        {
            return memory.ToArray();
        }

        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}
