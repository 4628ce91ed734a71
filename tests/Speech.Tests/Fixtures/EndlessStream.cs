namespace Edge.Speech.Tests.Fixtures;

/// <summary>
/// A non-seekable stream that serves a header and then generates audio bytes for ever (or up to a
/// limit), counting what was read: an 8-hour recording without writing gigabytes.
/// </summary>
internal sealed class EndlessStream(byte[] header, long? audioBytes = null) : Stream
{
    private long position;

    public long BytesRead => position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var end = audioBytes is { } n ? header.Length + n : long.MaxValue;
        var count = (int)Math.Min(buffer.Length, end - position);
        for (var i = 0; i < count; i++, position++)
        {
            buffer[i] = position < header.Length ? header[position] : (byte)(position * 31 % 251);
        }

        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
