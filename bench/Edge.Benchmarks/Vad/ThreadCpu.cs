using System.Runtime.InteropServices;

namespace Edge.Benchmarks.Vad;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): what a detector costs,
/// unaffected by other work on a shared machine. ONNX Runtime runs Silero on the calling thread
/// (one intra-op thread), so its cost is counted too.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    public static double NowMs()
    {
        if (ClockGetTime(ClockThreadCpuTime, out var time) != 0)
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        return (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
