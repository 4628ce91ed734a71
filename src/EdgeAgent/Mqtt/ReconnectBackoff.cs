namespace Edge.Agent.Mqtt;

/// <summary>
/// Capped exponential back-off with ±20 % jitter: after a plant-wide broker outage, many boards
/// must not all reconnect in the same instant.
/// </summary>
internal sealed class ReconnectBackoff(TimeSpan min, TimeSpan max, Random? random = null)
{
    private readonly Random _random = random ?? Random.Shared;
    private readonly TimeSpan _min = min;
    private TimeSpan _next = min;

    /// <summary>The delay before the next attempt; each call doubles the following one, up to the cap.</summary>
    public TimeSpan Next()
    {
        var current = _next;
        _next = TimeSpan.FromTicks(Math.Min(max.Ticks, current.Ticks * 2));
        var jitter = 0.8 + (_random.NextDouble() * 0.4);
        return TimeSpan.FromTicks(Math.Min(max.Ticks, (long)(current.Ticks * jitter)));
    }

    /// <summary>Back to the shortest delay after a successful connection.</summary>
    public void Reset() => _next = _min;
}
