using System.Threading.Channels;

namespace Edge.Agent.Pipeline;

/// <summary>Button or command events for the microphone.</summary>
internal enum ListenAction
{
    /// <summary>Button pressed or <c>cmd/listen</c>: start (or, while recording in toggle mode, stop).</summary>
    Press,

    /// <summary>Button released: stop a hold-to-talk recording.</summary>
    Release,
}

/// <summary>A request for the microphone.</summary>
/// <param name="Action">Press or release.</param>
/// <param name="Source"><c>button</c> or <c>mqtt</c>.</param>
/// <param name="Id">Command id from <c>cmd/listen</c>, used for the question; null for the button.</param>
internal sealed record ListenRequest(ListenAction Action, string Source, string? Id = null);

/// <summary>The trigger stage's channel into <see cref="ListenWorker"/>; small, since a person presses a button.</summary>
internal sealed class ListenRequests
{
    private readonly Channel<ListenRequest> _channel = Channel.CreateBounded<ListenRequest>(new BoundedChannelOptions(16) { SingleReader = true });

    /// <summary>The consumer side.</summary>
    public ChannelReader<ListenRequest> Reader => _channel.Reader;

    /// <summary>Hands a request in; false if sixteen are already waiting (a stuck or chattering button).</summary>
    public bool TryRequest(ListenRequest request) => _channel.Writer.TryWrite(request);
}
