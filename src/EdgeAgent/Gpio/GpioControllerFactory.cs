using System.Device.Gpio;

namespace Edge.Agent.Gpio;

/// <summary>Opens the GPIO controller; a seam so tests hand in a controller over a fake driver.</summary>
internal interface IGpioControllerFactory
{
    /// <summary>Opens the controller; throws where there is no GPIO chip.</summary>
    GpioController Create();
}

/// <summary>The board's GPIO chip (libgpiod or sysfs, chosen by System.Device.Gpio).</summary>
internal sealed class SystemGpioControllerFactory : IGpioControllerFactory
{
    /// <inheritdoc />
    public GpioController Create() => new();
}
