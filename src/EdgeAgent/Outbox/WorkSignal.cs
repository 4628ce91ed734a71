using System.Threading.Channels;

namespace Edge.Agent.Outbox;

/// <summary>An auto-reset wake-up: many <see cref="Set"/> calls before one wait count as one.</summary>
internal class WorkSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Wakes the waiter (or the next one).</summary>
    public void Set() => _channel.Writer.TryWrite(true);

    /// <summary>Waits until <see cref="Set"/> was called since the last wait.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken = default) => await _channel.Reader.ReadAsync(cancellationToken);

    /// <summary>Waits for <see cref="Set"/> or until <paramref name="timeout"/> passes; true when signalled.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken = default)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            await _channel.Reader.ReadAsync(linked.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}

/// <summary>Wakes the publisher: events stored, a retained message changed, or the connection came back.</summary>
internal sealed class PublishSignal : WorkSignal;
