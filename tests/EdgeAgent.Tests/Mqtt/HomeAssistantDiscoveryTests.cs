using Edge.Agent.Tests.TestSupport;

namespace Edge.Agent.Tests.Mqtt;

public sealed class HomeAssistantDiscoveryTests
{
    [Fact]
    public async Task Enabled_PublishesRetainedDeviceDiscoveryWithStatusAndLastAnswerSensors()
    {
        await using var agent = await TestAgent.StartAsync(new Dictionary<string, string?> { ["Mqtt:HomeAssistant:Enabled"] = "true" });
        var topic = $"homeassistant/device/{agent.DeviceId.Replace('-', '-')}/config";
        // A late subscriber (Home Assistant restarting) still gets it: it is retained.
        await Task.Delay(300, TestContext.Current.CancellationToken);
        await using var probe = await agent.ProbeAsync("homeassistant/#");

        var discovery = await probe.WaitForAsync(m => m.Topic == topic);
        Assert.True(discovery.Retain);
        var json = discovery.Json;
        var node = agent.DeviceId;
        Assert.Equal(agent.Topic("status"), (string?)json["availability"]![0]!["topic"]);
        Assert.Equal(agent.Topic("status"), (string?)json["cmps"]![$"{node}_status"]!["state_topic"]);
        Assert.Equal("{{ value_json.state }}", (string?)json["cmps"]![$"{node}_status"]!["value_template"]);
        Assert.Equal(agent.Topic("events/answer"), (string?)json["cmps"]![$"{node}_last_answer"]!["state_topic"]);
        Assert.Contains("value_json.answer", (string?)json["cmps"]![$"{node}_last_answer"]!["value_template"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_PublishesNoDiscovery()
    {
        await using var agent = await TestAgent.StartAsync();
        await using var probe = await agent.ProbeAsync("homeassistant/#");

        await probe.WaitForAsync(m => m.Topic == agent.Topic("status"));
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(probe.Messages, m => m.Topic.StartsWith("homeassistant/", StringComparison.Ordinal));
    }
}
