using Edge.Knowledge.Generation;
using Microsoft.Extensions.Time.Testing;

namespace Edge.Knowledge.Tests.Generation;

public sealed class ThrottledProgressTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly FakeTimeProvider clock = new();
    private readonly List<string> delivered = [];

    [Fact]
    public void Report_BurstWithinInterval_DeliversFirstAtOnceAndLatestWhenTheIntervalEnds()
    {
        using var progress = new ThrottledProgress<string>(new SyncProgress(delivered), Interval, clock);

        progress.Report("Check");
        progress.Report("Check the");
        progress.Report("Check the filter");
        Assert.Equal(["Check"], delivered);

        clock.Advance(Interval);
        Assert.Equal(["Check", "Check the filter"], delivered);

        clock.Advance(Interval * 4);
        Assert.Equal(["Check", "Check the filter"], delivered);
    }

    [Fact]
    public void Report_AfterQuietInterval_DeliversImmediately()
    {
        using var progress = new ThrottledProgress<string>(new SyncProgress(delivered), Interval, clock);
        progress.Report("a");
        clock.Advance(TimeSpan.FromSeconds(1));
        progress.Report("ab");
        Assert.Equal(["a", "ab"], delivered);
    }

    [Fact]
    public void Dispose_DeliversTheHeldBackValueAndStops()
    {
        var progress = new ThrottledProgress<string>(new SyncProgress(delivered), Interval, clock);
        progress.Report("a");
        progress.Report("ab");
        progress.Dispose();
        progress.Report("abc");
        clock.Advance(Interval);

        Assert.Equal(["a", "ab"], delivered);
    }

    // Progress<T> would post to a context; the test needs delivery on the reporting thread.
    private sealed class SyncProgress(List<string> values) : IProgress<string>
    {
        public void Report(string value) => values.Add(value);
    }
}
