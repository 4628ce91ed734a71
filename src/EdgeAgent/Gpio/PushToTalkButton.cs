using System.Device.Gpio;

namespace Edge.Agent.Gpio;

/// <summary>
/// A debounced push button. Every edge restarts a settle timer; when the level has been quiet for the
/// debounce time it is read once and, if it differs from the last stable level, reported. Unlike
/// "ignore edges for N ms after a press", this cannot miss a quick real release hidden in the bounce.
/// </summary>
internal sealed class PushToTalkButton : IDisposable
{
    private readonly GpioController _controller;
    private readonly int _pin;
    private readonly bool _activeLow;
    private readonly TimeSpan _debounce;
    private readonly Action<bool> _changed;
    private readonly ITimer _settle;
    private readonly Lock _gate = new();
    private bool _pressed;

    /// <summary>
    /// Opens <paramref name="pin"/> of <paramref name="controller"/> as input (pull-up when <paramref name="activeLow"/>) and watches it;
    /// <paramref name="changed"/> gets true on a press, false on a release (on a timer thread) once the
    /// level was stable for <paramref name="debounce"/> on <paramref name="time"/>'s clock.
    /// </summary>
    public PushToTalkButton(GpioController controller, int pin, bool activeLow, TimeSpan debounce, TimeProvider time, Action<bool> changed)
    {
        (_controller, _pin, _activeLow, _debounce, _changed) = (controller, pin, activeLow, debounce, changed);
        var pull = activeLow ? PinMode.InputPullUp : PinMode.InputPullDown;
        controller.OpenPin(pin, controller.IsPinModeSupported(pin, pull) ? pull : PinMode.Input);
        _pressed = IsPressed();
        _settle = time.CreateTimer(_ => Settle(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        controller.RegisterCallbackForPinValueChangedEvent(pin, PinEventTypes.Rising | PinEventTypes.Falling, OnEdge);
    }

    /// <summary>The last stable state.</summary>
    public bool IsDown
    {
        get { lock (_gate) return _pressed; }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _controller.UnregisterCallbackForPinValueChangedEvent(_pin, OnEdge);
        _settle.Dispose();
        if (_controller.IsPinOpen(_pin))
            _controller.ClosePin(_pin);
    }

    private void OnEdge(object sender, PinValueChangedEventArgs e)
    {
        if (_debounce <= TimeSpan.Zero)
            Settle();
        else
            _settle.Change(_debounce, Timeout.InfiniteTimeSpan);
    }

    private void Settle()
    {
        bool pressed;
        lock (_gate)
        {
            pressed = IsPressed();
            if (pressed == _pressed)
                return;
            _pressed = pressed;
        }
        _changed(pressed);
    }

    private bool IsPressed() => (_controller.Read(_pin) == PinValue.Low) == _activeLow;
}
