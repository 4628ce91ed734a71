using Edge.Agent.Tests.TestSupport;

namespace Edge.Agent.Tests.Mqtt;

public sealed class HomeAssistantDiscoveryTests
{
    [Fact]
    public async Task Enabled_PublishesRetainedDeviceDiscoveryWithStatusAndLastAnswerSensors()
    {
        await using var agent = await TestAgent.StartAsync(new Dictionary<string, string?> { ["Mqtt:HomeAssistant:Enabled"] = "true" });
        // Device ids such as "press-1a2b3c" are valid node ids as they are (letters, digits, '-' and '_').
        var topic = $"homeassistant/device/{agent.DeviceId}/config";
        await using (var first = await agent.ProbeAsync("homeassistant/#"))
            await first.WaitForAsync(m => m.Topic == topic);
        // A late subscriber (Home Assistant restarting) still gets it: it is retained.
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

        // Retained messages go out before events on the one connection: once an answer arrived,
        // a discovery message would have arrived before it.
        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"ha-off","text":"anything"}""");
        await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer") && m["id"] == "ha-off");
        Assert.DoesNotContain(probe.Messages, m => m.Topic.StartsWith("homeassistant/", StringComparison.Ordinal));
    }
}
