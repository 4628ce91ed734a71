namespace Edge.Knowledge.Tests.Generation.TinyModel;

/// <summary>
/// A clock that moves forward by a fixed step every time it is read, so a time limit is reached
/// after a known number of checks, however fast the machine runs the tiny model.
/// </summary>
internal sealed class SteppingTimeProvider(TimeSpan step) : TimeProvider
{
    private long ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Add(ref ticks, step.Ticks);
}
