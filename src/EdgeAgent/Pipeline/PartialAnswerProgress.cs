using Edge.Agent.Events;
using Edge.Agent.Outbox;

namespace Edge.Agent.Pipeline;

/// <summary>
/// Receives the growing answer from the assistant and publishes it at most every interval: a
/// language model reports per token, far more often than any panel can show.
/// </summary>
internal sealed class PartialAnswerProgress(string id, EventOutbox outbox, EventFactory events, TimeSpan interval, TimeProvider time) : IProgress<string>
{
    private readonly Lock _gate = new();
    private long _lastPublished = long.MinValue;

    /// <summary>Partial events published.</summary>
    public int Published { get; private set; }

    /// <inheritdoc />
    public void Report(string value)
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            if (_lastPublished != long.MinValue && time.GetElapsedTime(_lastPublished, now) < interval)
                return;
            _lastPublished = now;
            Published++;
        }
        // Post keeps the order with the final answer, which is enqueued after AskAsync returns.
        outbox.Post(events.Partial(id, value));
    }
}
