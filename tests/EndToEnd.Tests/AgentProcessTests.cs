using System.Diagnostics;
using Edge.Agent.Tests.TestSupport;

namespace Edge.EndToEnd.Tests;

/// <summary>The agent as a separate process: the Will on a crash, SIGTERM, configuration errors, start-up time.</summary>
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
            await panel.WaitForAsync(m => m["state"] == "online", TimeSpan.FromSeconds(20));

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
        await using var agent = AgentProcess.Start(_directory, new { DeviceId = "press-term", Mqtt = new { Port = port } });
        await FreePort.WaitOpenAsync(port, TimeSpan.FromSeconds(20));
        await using var panel = await MqttProbe.ConnectAsync(port, ["edge/press-term/status"]);
        await panel.WaitForAsync(m => m["state"] == "online");

        var exitCode = await agent.TerminateAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(0, exitCode);
        var offline = await panel.WaitForAsync(m => m["state"] == "offline");
        Assert.Equal("shutdown", offline["reason"]);
    }

    [Fact]
    public async Task BadPort_ExitsWithOneLineNamingTheKey()
    {
        await using var agent = AgentProcess.Start(_directory, new { Mqtt = new { Port = 0 } });

        var exitCode = await agent.WaitForExitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(2, exitCode);
        var line = Assert.Single(agent.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal("edge-agent: configuration error: Mqtt:Port must be between 1 and 65535", line);
    }

    [Fact]
    public async Task EnvironmentVariables_OverrideTheConfigFile()
    {
        await using var agent = AgentProcess.Start(_directory, new { Mqtt = new { Port = 1883 } },
            new Dictionary<string, string> { ["EDGE_Mqtt__Port"] = "99999" });

        Assert.Equal(2, await agent.WaitForExitAsync(TimeSpan.FromSeconds(20)));
        Assert.Contains("Mqtt:Port must be between 1 and 65535", agent.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_ReachesOnlineWithinThreeSeconds()
    {
        var port = FreePort.Next();
        var clock = Stopwatch.StartNew();
        await using var agent = AgentProcess.Start(_directory, new { DeviceId = "press-start", Mqtt = new { Port = port } });
        await FreePort.WaitOpenAsync(port, TimeSpan.FromSeconds(20));
        await using var panel = await MqttProbe.ConnectAsync(port, ["edge/press-start/status"]);
        await panel.WaitForAsync(m => m["state"] == "online");
        var elapsed = clock.Elapsed;

        TestContext.Current.SendDiagnosticMessage($"start-up to online: {elapsed.TotalMilliseconds:0} ms");
        // Generous bound for a loaded CI machine; the measured figure goes to docs/BENCHMARKS.md.
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"online after {elapsed.TotalSeconds:0.0} s");
    }
}
