using System.Diagnostics;

namespace Edge.Benchmarks;

/// <summary>Percentiles of repeated Stopwatch measurements, in milliseconds.</summary>
internal readonly record struct Timing(int Runs, double P50, double P95, double Mean)
{
    /// <summary>Runs <paramref name="action"/> <paramref name="warmup"/> times untimed, then <paramref name="runs"/> times timed.</summary>
    public static Timing Measure(int runs, Action<int> action, int warmup = 2)
    {
        for (var i = 0; i < warmup; i++)
            action(i);
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            action(i);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        return From(times);
    }

    /// <summary>Asynchronous variant of <see cref="Measure"/>.</summary>
    public static async Task<Timing> MeasureAsync(int runs, Func<int, Task> action, int warmup = 2)
    {
        for (var i = 0; i < warmup; i++)
            await action(i);
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await action(i);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        return From(times);
    }

    /// <summary>Nearest-rank percentiles of the samples.</summary>
    public static Timing From(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Timing(sorted.Length, At(0.50), At(0.95), sorted.Average());
    }

    public override string ToString() => $"p50 {Report.Ms(P50)}, p95 {Report.Ms(P95)} over {Runs} runs";
}
