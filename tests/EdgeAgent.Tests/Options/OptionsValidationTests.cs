using Edge.Agent.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Tests.Options;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Mqtt:Port", "0", "Mqtt:Port must be between 1 and 65535")]
    [InlineData("Mqtt:Port", "70000", "Mqtt:Port must be between 1 and 65535")]
    [InlineData("Mqtt:Broker", "external", "Mqtt:Host is required when Mqtt:Broker is external")]
    [InlineData("Mqtt:BindAddress", "not-an-ip", "Mqtt:BindAddress must be an IP address")]
    [InlineData("Mqtt:BaseTopic", "plant/#", "Mqtt:BaseTopic 'plant/#' must be a topic without wildcards")]
    [InlineData("Mqtt:Tls:CaFile", "/nonexistent/ca.pem", "Mqtt:Tls:CaFile file not found: /nonexistent/ca.pem")]
    [InlineData("Mqtt:Outbox:MaxEvents", "5", "Mqtt:Outbox:MaxEvents must be between 100 and 10000000")]
    [InlineData("Mqtt:MaxCommandBytes", "10", "Mqtt:MaxCommandBytes must be between 256 and 1048576")]
    [InlineData("Agent:QuestionQueueCapacity", "0", "Agent:QuestionQueueCapacity must be between 1 and 10000")]
    [InlineData("Gpio:DebounceMs", "-1", "Gpio:DebounceMs must be between 0 and 1000")]
    [InlineData("DeviceId", "press/7", "DeviceId 'press/7' must be at most 128 characters without '/', '+' or '#'")]
    public async Task BadValue_StopsTheStartWithAMessageNamingTheKey(string key, string value, string message)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestAgent.StartAsync(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(error.Failures, f => f.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GpioEnabledWithoutPins_IsRefused()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestAgent.StartAsync(new Dictionary<string, string?> { ["Gpio:Enabled"] = "true" }));

        Assert.Contains("Gpio:ButtonPin (or an LED pin) is required when Gpio:Enabled is true", error.Failures);
    }

    [Fact]
    public async Task GpioPinUsedTwice_IsRefused()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestAgent.StartAsync(new Dictionary<string, string?>
        {
            ["Gpio:Enabled"] = "true", ["Gpio:ButtonPin"] = "17", ["Gpio:BusyLedPin"] = "17",
        }));

        Assert.Contains(error.Failures, f => f.Contains("must be different pins", StringComparison.Ordinal));
    }
}
