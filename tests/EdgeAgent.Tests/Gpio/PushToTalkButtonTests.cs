using System.Device.Gpio;
using Edge.Agent.Gpio;
using Edge.Agent.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Edge.Agent.Tests.Gpio;

public sealed class PushToTalkButtonTests
{
    private const int Pin = 17;
    private readonly FakeGpioDriver _driver = new();
    private readonly FakeTimeProvider _time = new();
    private readonly List<bool> _changes = [];

    private PushToTalkButton Create(bool activeLow = true) =>
        new(new GpioController(_driver), Pin, activeLow, TimeSpan.FromMilliseconds(30), _time, pressed => { lock (_changes) _changes.Add(pressed); });

    [Fact]
    public void BouncingPress_WithinTheDebounceWindow_CountsAsOnePress()
    {
        using var button = Create();
        Assert.Equal(PinMode.InputPullUp, _driver.Mode(Pin));

        // Contact bounce: low/high/low within a few milliseconds.
        foreach (var level in new[] { PinValue.Low, PinValue.High, PinValue.Low, PinValue.High, PinValue.Low })
        {
            _driver.SetInput(Pin, level);
            _time.Advance(TimeSpan.FromMilliseconds(3));
        }
        Assert.Empty(_changes);
        _time.Advance(TimeSpan.FromMilliseconds(30));

        Assert.Equal([true], _changes);
        Assert.True(button.IsDown);
    }

    [Fact]
    public void PressThenRelease_ReportsBothOnceEach()
    {
        using var button = Create();

        _driver.SetInput(Pin, PinValue.Low);
        _time.Advance(TimeSpan.FromMilliseconds(40));
        _driver.SetInput(Pin, PinValue.High);
        _driver.SetInput(Pin, PinValue.Low);
        _driver.SetInput(Pin, PinValue.High);
        _time.Advance(TimeSpan.FromMilliseconds(40));

        Assert.Equal([true, false], _changes);
    }

    [Fact]
    public void GlitchShorterThanTheWindow_EndingWhereItStarted_IsIgnored()
    {
        using var button = Create();

        _driver.SetInput(Pin, PinValue.Low);
        _time.Advance(TimeSpan.FromMilliseconds(5));
        _driver.SetInput(Pin, PinValue.High);
        _time.Advance(TimeSpan.FromMilliseconds(50));

        Assert.Empty(_changes);
    }

    [Fact]
    public void ActiveHighButton_PullsDownAndReportsHighAsPressed()
    {
        using var button = Create(activeLow: false);
        Assert.Equal(PinMode.InputPullDown, _driver.Mode(Pin));

        _driver.SetInput(Pin, PinValue.High);
        _time.Advance(TimeSpan.FromMilliseconds(31));

        Assert.Equal([true], _changes);
    }

    [Fact]
    public void Dispose_ClosesThePin()
    {
        var button = Create();
        button.Dispose();

        Assert.DoesNotContain(Pin, _driver.Open);
    }
}
