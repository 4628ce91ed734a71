using System.Device.Gpio;
using Edge.Agent.Gpio;

namespace Edge.Agent.Tests.TestSupport;

/// <summary>Hands the agent a controller over a <see cref="FakeGpioDriver"/>, or fails like a board without a chip.</summary>
internal sealed class FakeGpioFactory(FakeGpioDriver? driver) : IGpioControllerFactory
{
    public GpioController Create() =>
        driver is null ? throw new InvalidOperationException("Unable to find a chip") : new GpioController(driver);
}
