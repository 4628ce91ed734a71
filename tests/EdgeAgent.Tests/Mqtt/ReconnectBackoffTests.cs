using Edge.Agent.Mqtt;
using Edge.Agent.Options;

namespace Edge.Agent.Tests.Mqtt;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public void Delays_DoubleUpToTheCap_WithinTwentyPercentJitter_AndResetAfterSuccess()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(1));

        var delays = Enumerable.Range(0, 8).Select(_ => backoff.Next().TotalSeconds).ToList();

        double[] nominal = [1, 2, 4, 8, 16, 30, 30, 30];
        for (var i = 0; i < nominal.Length; i++)
            Assert.InRange(delays[i], nominal[i] * 0.8, Math.Min(30, nominal[i] * 1.2));
        backoff.Reset();
        Assert.InRange(backoff.Next().TotalSeconds, 0.8, 1.2);
    }

    [Fact]
    public void GeneratedValidationMessages_AreRewrittenToNameTheKey()
    {
        var validator = new KeyNamingValidator<MqttOptions>(new MqttOptionsValidator(), "Mqtt");

        Assert.Equal("Mqtt:Outbox:MaxEvents must be between 100 and 10000000",
            validator.Rewrite("MaxEvents: The field MqttOptions.Outbox.MaxEvents must be between 100 and 10000000."));
        Assert.Equal("Mqtt:Port must be between 1 and 65535", validator.Rewrite("Port: Mqtt:Port must be between 1 and 65535"));
        Assert.Equal("something else", validator.Rewrite("something else"));
    }
}
