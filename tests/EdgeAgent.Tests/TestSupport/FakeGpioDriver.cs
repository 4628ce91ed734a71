using System.Device.Gpio;

namespace Edge.Agent.Tests.TestSupport;

/// <summary>An in-memory GPIO chip: tests set input levels (firing edge callbacks) and read LED outputs.</summary>
internal sealed class FakeGpioDriver : GpioDriver
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, PinValue> _values = [];
    private readonly Dictionary<int, PinMode> _modes = [];
    private readonly Dictionary<int, List<(PinEventTypes Types, PinChangeEventHandler Handler)>> _callbacks = [];

    public HashSet<int> Open { get; } = [];

    public bool SupportsPullUp { get; set; } = true;

    protected override int PinCount => 64;

    /// <summary>Sets an input level, firing the edge callbacks like a real chip (also for bounces).</summary>
    public void SetInput(int pin, PinValue value)
    {
        List<(PinEventTypes Types, PinChangeEventHandler Handler)> targets;
        lock (_gate)
        {
            var old = _values.GetValueOrDefault(pin, PinValue.Low);
            _values[pin] = value;
            if (old == value)
                return;
            targets = [.. _callbacks.GetValueOrDefault(pin) ?? []];
        }
        var edge = value == PinValue.High ? PinEventTypes.Rising : PinEventTypes.Falling;
        foreach (var (types, handler) in targets.Where(t => t.Types.HasFlag(edge)))
            handler(this, new PinValueChangedEventArgs(edge, pin));
    }

    public PinValue Level(int pin) { lock (_gate) return _values.GetValueOrDefault(pin, PinValue.Low); }

    public PinMode Mode(int pin) { lock (_gate) return _modes.GetValueOrDefault(pin); }

    protected override void OpenPin(int pinNumber) { lock (_gate) Open.Add(pinNumber); }

    protected override void ClosePin(int pinNumber) { lock (_gate) Open.Remove(pinNumber); }

    protected override void SetPinMode(int pinNumber, PinMode mode)
    {
        lock (_gate)
        {
            _modes[pinNumber] = mode;
            // A pull-up makes an untouched input read high, as on a real board.
            if (mode == PinMode.InputPullUp && !_values.ContainsKey(pinNumber))
                _values[pinNumber] = PinValue.High;
        }
    }

    protected override PinMode GetPinMode(int pinNumber) => Mode(pinNumber);

    protected override bool IsPinModeSupported(int pinNumber, PinMode mode) =>
        SupportsPullUp || mode is not (PinMode.InputPullUp or PinMode.InputPullDown);

    protected override PinValue Read(int pinNumber) => Level(pinNumber);

    protected override void Write(int pinNumber, PinValue value) { lock (_gate) _values[pinNumber] = value; }

    protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken) =>
        new() { TimedOut = true, EventTypes = PinEventTypes.None };

    protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback)
    {
        lock (_gate)
        {
            if (!_callbacks.TryGetValue(pinNumber, out var list))
                _callbacks[pinNumber] = list = [];
            list.Add((eventTypes, callback));
        }
    }

    protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback)
    {
        lock (_gate) _callbacks.GetValueOrDefault(pinNumber)?.RemoveAll(c => c.Handler == callback);
    }
}
