namespace Edge.Knowledge.Generation;

/// <summary>
/// Forwards progress at most once per interval (MQTT panels need ~4 updates a second, not one per
/// token). The latest value is never lost: it is delivered when the interval ends, or on dispose.
/// </summary>
internal sealed class ThrottledProgress<T> : IProgress<T>, IDisposable
{
    private readonly Lock gate = new();
    private readonly IProgress<T> inner;
    private readonly TimeSpan interval;
    private readonly TimeProvider time;
    private readonly ITimer timer;
    private long lastDelivery;
    private bool delivered, pending, disposed;
    private T? latest;

    public ThrottledProgress(IProgress<T> inner, TimeSpan interval, TimeProvider? time = null)
    {
        this.inner = inner;
        this.interval = interval;
        this.time = time ?? TimeProvider.System;
        timer = this.time.CreateTimer(_ => Flush(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Report(T value)
    {
        lock (gate)
        {
            if (disposed) return;
            var wait = delivered ? interval - time.GetElapsedTime(lastDelivery) : TimeSpan.Zero;
            if (wait <= TimeSpan.Zero)
            {
                Deliver(value);
                return;
            }

            latest = value;
            if (!pending) timer.Change(wait, Timeout.InfiniteTimeSpan);
            pending = true;
        }
    }

    /// <summary>Delivers a held-back value now.</summary>
    public void Flush()
    {
        lock (gate)
        {
            if (pending) Deliver(latest!);
        }
    }

    /// <summary>Delivers a held-back value and stops the timer.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (pending) Deliver(latest!);
            disposed = true;
            timer.Dispose();
        }
    }

    // Delivery happens under the lock so values arrive in order even when the timer races a report.
    private void Deliver(T value)
    {
        pending = false;
        latest = default;
        delivered = true;
        lastDelivery = time.GetTimestamp();
        inner.Report(value);
    }
}
