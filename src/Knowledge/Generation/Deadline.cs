namespace Edge.Knowledge.Generation;

/// <summary>A request's start and time limit on an injectable clock.</summary>
internal readonly struct Deadline(TimeProvider time, long startTimestamp, TimeSpan limit)
{
    public static Deadline Start(TimeProvider time, TimeSpan limit) => new(time, time.GetTimestamp(), limit);

    public long ElapsedMs => (long)time.GetElapsedTime(startTimestamp).TotalMilliseconds;

    public bool IsPast => time.GetElapsedTime(startTimestamp) >= limit;
}
