namespace Edge.EndToEnd.Tests;

/// <summary>The agent as a separate process: the Will on a crash, SIGTERM, configuration errors. (Start-up time: bench/, docs/BENCHMARKS.md.)</summary>
public sealed class AgentProcessTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task KilledAgent_MosquittoPublishesTheRetainedOfflineWill()
    {
        await using var broker = await MosquittoBroker.StartAsync(_directory.Path);
        await using var agent = AgentProcess.Start(_directory, new
        {
            DeviceId = "press-will",
            Mqtt = new { Broker = "external", Host = "127.0.0.1", Port = broker.Port },
        });
        await using (var panel = await MqttProbe.ConnectAsync(broker.Port, ["edge/press-will/status"]))
        {
            await panel.WaitForAsync(m => m["state"] == "online");

            await agent.KillAsync();

            var will = await panel.WaitForAsync(m => m["state"] == "offline");
            Assert.Equal("connection lost", will["reason"]);
            Assert.Equal("press-will", will["deviceId"]);
        }

        // A panel that connects afterwards still sees the board as offline: the Will is retained.
        await using var late = await MqttProbe.ConnectAsync(broker.Port, ["edge/press-will/status"]);
        var retained = await late.WaitForAsync(m => m.Topic == "edge/press-will/status");
        Assert.True(retained.Retain);
        Assert.Equal("offline", retained["state"]);
    }

    [Fact]
    public async Task Sigterm_PublishesOfflineAndExitsCleanly()
    {
        var port = FreePort.Next();
        // A generous flush: on a busy machine the offline status may take a while to get out.
        await using var agent = AgentProcess.Start(_directory, new { DeviceId = "press-term", Mqtt = new { Port = port, Outbox = new { FlushTimeoutSeconds = 300 } } });
        await agent.WaitForLogAsync("embedded MQTT broker listening on");
        await using var panel = await MqttProbe.ConnectAsync(port, ["edge/press-term/status"]);
        await panel.WaitForAsync(m => m["state"] == "online");

        var exitCode = await agent.TerminateAsync();

        Assert.Equal(0, exitCode);
        var offline = await panel.WaitForAsync(m => m["state"] == "offline");
        Assert.Equal("shutdown", offline["reason"]);
    }

    [Fact]
    public async Task BadPort_ExitsWithOneLineNamingTheKey()
    {
        await using var agent = AgentProcess.Start(_directory, new { Mqtt = new { Port = 0 } });

        var exitCode = await agent.WaitForExitAsync();

        Assert.Equal(2, exitCode);
        var line = Assert.Single(agent.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal("edge-agent: configuration error: Mqtt:Port must be between 1 and 65535", line);
    }

    [Fact]
    public async Task EnvironmentVariables_OverrideTheConfigFile()
    {
        await using var agent = AgentProcess.Start(_directory, new { Mqtt = new { Port = 1883 } },
            new Dictionary<string, string> { ["EDGE_Mqtt__Port"] = "99999" });

        Assert.Equal(2, await agent.WaitForExitAsync());
        Assert.Contains("Mqtt:Port must be between 1 and 65535", agent.StandardError, StringComparison.Ordinal);
    }
}
