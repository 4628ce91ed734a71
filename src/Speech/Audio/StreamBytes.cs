namespace Edge.Speech.Audio;

/// <summary>Exact reads and skips that report a short stream as a format problem, not an EndOfStreamException.</summary>
internal static class StreamBytes
{
    public static void ReadExactly(Stream stream, Span<byte> buffer, string what)
    {
        if (!TryReadExactly(stream, buffer))
        {
            throw new AudioFormatException($"Audio is truncated: it ends inside {what}.");
        }
    }

    public static bool TryReadExactly(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer[total..]);
            if (read == 0)
            {
                return false;
            }

            total += read;
        }

        return true;
    }

    public static void Skip(Stream stream, long count, string what)
    {
        if (stream.CanSeek)
        {
            if (stream.Position + count > stream.Length)
            {
                throw new AudioFormatException($"Audio is truncated: a {what} runs past the end of the file.");
            }

            stream.Seek(count, SeekOrigin.Current);
            return;
        }

        Span<byte> scratch = stackalloc byte[4096];
        while (count > 0)
        {
            var read = stream.Read(scratch[..(int)Math.Min(scratch.Length, count)]);
            if (read == 0)
            {
                throw new AudioFormatException($"Audio is truncated: a {what} runs past the end of the stream.");
            }

            count -= read;
        }
    }
}
