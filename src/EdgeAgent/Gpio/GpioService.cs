using System.Device.Gpio;
using Edge.Agent.Options;
using Edge.Agent.Pipeline;
using Edge.Agent.Status;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Gpio;

/// <summary>
/// Push-to-talk button and status LEDs (<c>Gpio:Enabled</c>). Where there is no GPIO chip (a PC, a
/// container) the agent logs one line and runs without them: typed questions still work.
/// </summary>
internal sealed class GpioService(
    IGpioControllerFactory factory, ListenRequests listen, AgentStatus status, IOptions<GpioOptions> options,
    TimeProvider time, ILogger<GpioService> logger) : IHostedService, IDisposable
{
    private GpioController? _controller;
    private StatusLeds? _leds;
    private PushToTalkButton? _button;

    /// <summary>True when GPIO is in use.</summary>
    public bool IsActive => _controller is not null;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
            return Task.CompletedTask;
        try
        {
            _controller = factory.Create();
            _leds = new StatusLeds(_controller, settings, status);
            if (settings.ButtonPin is { } pin)
                _button = new PushToTalkButton(_controller, pin, settings.ActiveLow, TimeSpan.FromMilliseconds(settings.DebounceMs), time, OnButton);
            Log.GpioStarted(logger, settings.ButtonPin ?? -1, settings.ButtonMode.ToString());
        }
        catch (Exception ex)
        {
            // DllNotFound (no libgpiod), "Unable to find a chip", a pin in use: all mean "no GPIO here".
            Log.GpioUnavailable(logger, ex.GetType().Name, ex.Message);
            Dispose();
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _button?.Dispose();
        _leds?.Dispose();
        _controller?.Dispose();
        (_button, _leds, _controller) = (null, null, null);
    }

    private void OnButton(bool pressed)
    {
        Log.ButtonChanged(logger, pressed);
        if (!listen.TryRequest(new ListenRequest(pressed ? ListenAction.Press : ListenAction.Release, ListenSources.Button)))
            Log.ListenRequestDropped(logger);
    }
}
