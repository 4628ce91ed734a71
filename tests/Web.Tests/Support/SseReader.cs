using System.Text;

namespace Edge.Agent.Web.Tests.Support;

/// <summary>Reads Server-Sent Events from a response stream: (event type, id, data) per event.</summary>
internal sealed class SseReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    public sealed record Event(string Type, string? Id, string Data);

    /// <summary>The next event; null at the end of the stream.</summary>
    public async Task<Event?> NextAsync(CancellationToken cancellationToken)
    {
        string type = "message", data = "";
        string? id = null;
        var any = false;
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (any)
                    return new Event(type, id, data);
                continue;
            }
            any = true;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (field, value) = colon < 0 ? (line, "") : (line[..colon], line[(colon + 1)..].TrimStart(' '));
            switch (field)
            {
                case "event": type = value; break;
                case "id": id = value; break;
                case "data": data = data.Length == 0 ? value : data + "\n" + value; break;
            }
        }
        return null;
    }

    /// <summary>Reads until an event matches.</summary>
    public async Task<Event> WaitForAsync(Func<Event, bool> match, CancellationToken cancellationToken)
    {
        while (await NextAsync(cancellationToken) is { } next)
        {
            if (match(next))
                return next;
        }
        throw new EndOfStreamException("the event stream ended");
    }

    public void Dispose() => _reader.Dispose();
}
