using System.Text;
using Edge.Agent.Tests.TestSupport;

namespace Edge.Agent.Tests.Mqtt;

/// <summary>Panels and tools that connect to the embedded broker the way they usually do.</summary>
public sealed class EmbeddedBrokerClientTests(AgentFixture fixture) : IClassFixture<AgentFixture>
{
    [Fact]
    public async Task Mqtt5ClientWithoutClientId_IsAssignedOneAndReceivesTheRetainedStatus()
    {
        // MQTT 5 lets a client leave its id empty and have the broker assign one (mosquitto_sub -V mqttv5 does).
        await using var probe = await MqttProbe.ConnectAsync(fixture.Agent.Port, [fixture.Agent.Topic("status")],
            b => b.WithClientId("").WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500));

        var status = await probe.WaitForAsync(m => m.Topic == fixture.Agent.Topic("status"));

        Assert.True(status.Retain);
    }

    [Fact]
    public async Task Payloads_AreUtf8WithoutEscapedUmlautsOrQuotes()
    {
        await using var probe = await MqttProbe.ConnectAsync(fixture.Agent.Port, [fixture.Agent.Topic("events/#")]);

        await probe.PublishAsync(fixture.Agent.Topic("cmd/ask"), """{"id":"umlaut-1","text":"Wie prüfe ich den Öldruck?"}""");
        var question = await probe.WaitForAsync(m => m.Topic == fixture.Agent.Topic("events/question") && m["id"] == "umlaut-1");

        var raw = Encoding.UTF8.GetString(question.Payload);
        Assert.Contains("Wie prüfe ich den Öldruck?", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", raw, StringComparison.Ordinal);
    }
}
