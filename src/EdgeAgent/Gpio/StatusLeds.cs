using System.Device.Gpio;
using Edge.Agent.Options;
using Edge.Agent.Status;

namespace Edge.Agent.Gpio;

/// <summary>LEDs that follow the agent's state: listening, busy (transcribing or answering), error.</summary>
internal sealed class StatusLeds : IDisposable
{
    private readonly GpioController _controller;
    private readonly AgentStatus _status;
    private readonly bool _activeLow;
    private readonly (int? Pin, Func<AgentState, bool> On)[] _leds;

    /// <summary>Opens the configured LED pins as outputs (off) and shows the current state.</summary>
    public StatusLeds(GpioController controller, GpioOptions options, AgentStatus status)
    {
        (_controller, _status, _activeLow) = (controller, status, options.LedActiveLow);
        _leds =
        [
            (options.ListeningLedPin, s => s == AgentState.Listening),
            (options.BusyLedPin, s => s is AgentState.Transcribing or AgentState.Answering),
            (options.ErrorLedPin, s => s == AgentState.Error),
        ];
        foreach (var (pin, _) in _leds)
        {
            if (pin is { } p)
                controller.OpenPin(p, PinMode.Output, Level(false));
        }
        status.Changed += Show;
        Show(status.State);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _status.Changed -= Show;
        foreach (var (pin, _) in _leds)
        {
            if (pin is { } p && _controller.IsPinOpen(p))
            {
                _controller.Write(p, Level(false));
                _controller.ClosePin(p);
            }
        }
    }

    private void Show(AgentState state)
    {
        foreach (var (pin, on) in _leds)
        {
            if (pin is { } p)
                _controller.Write(p, Level(on(state)));
        }
    }

    private PinValue Level(bool on) => on != _activeLow ? PinValue.High : PinValue.Low;
}
