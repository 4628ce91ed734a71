namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>Reads a whole input stream into memory; manuals are small next to the board's RAM.</summary>
internal static class StreamBytes
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
