namespace Edge.Agent.Tests.Models;

/// <summary>A partial file that fills up: writes past <c>limit</c> bytes fail like ENOSPC does.</summary>
internal sealed class FillingStream : FileStream
{
    private readonly long _limit;

    public FillingStream(string path, long offset, long limit) : base(path, FileMode.OpenOrCreate, FileAccess.Write)
    {
        _limit = limit;
        SetLength(offset);
        Position = offset;
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var room = (int)Math.Max(0, _limit - Position);
        await base.WriteAsync(buffer[..Math.Min(room, buffer.Length)], cancellationToken);
        if (room < buffer.Length)
        {
            await base.FlushAsync(cancellationToken);
            throw new IOException($"No space left on device : '{Name}'", 28);
        }
    }
}
