using Edge.Agent.Events;
using Edge.Agent.Outbox;
using Edge.Agent.Tests.TestSupport;
using MQTTnet.Server;

namespace Edge.Agent.Tests.Outbox;

public sealed class OutboxReplayTests
{
    [Fact]
    public async Task EventsStoredWhileTheBrokerWasDown_ArePublishedInOrderAfterAnAgentRestart()
    {
        using var data = new TempDirectory();
        var port = FreePort.Next();
        var settings = new Dictionary<string, string?>
        {
            ["DeviceId"] = "press-replay", ["Mqtt:Broker"] = "external", ["Mqtt:Host"] = "127.0.0.1", ["Mqtt:Port"] = $"{port}",
        };
        await using (var first = await TestAgent.StartAsync(settings, dataDir: data.Path, waitConnected: false))
        {
            var events = first.Get<EventFactory>();
            for (var i = 1; i <= 20; i++)
                await first.Get<EventOutbox>().EnqueueAsync(events.Error(Stages.Answer, ErrorCodes.AnswerFailed, $"stored {i}"), TestContext.Current.CancellationToken);
            Assert.Equal(20, first.Get<EventOutbox>().Depth);
            Assert.Equal(ErrorCodes.BrokerUnavailable, first.Get<Edge.Agent.Status.AgentStatus>().LastError?.Code);
        }

        var broker = new MqttServerFactory().CreateMqttServer(new MqttServerFactory().CreateServerOptionsBuilder()
            .WithDefaultEndpoint().WithDefaultEndpointBoundIPAddress(System.Net.IPAddress.Loopback).WithDefaultEndpointPort(port).Build());
        await broker.StartAsync();
        try
        {
            await using var probe = await MqttProbe.ConnectAsync(port, ["edge/press-replay/#"]);
            await using var second = await TestAgent.StartAsync(settings, dataDir: data.Path);

            var replayed = await probe.WaitForCountAsync(m => m.Topic == "edge/press-replay/events/error" && m["message"]!.StartsWith("stored", StringComparison.Ordinal), 20);
            Assert.Equal(Enumerable.Range(1, 20).Select(i => $"stored {i}"), replayed.Select(m => m["message"]));
            Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), replayed.Select(m => long.Parse(m["seq"]!)));
            // Acknowledged events leave the outbox once their PUBACK arrived.
            await Eventually.HoldsAsync(() => second.Get<EventOutbox>().Depth == 0, "the replayed events were acknowledged",
                cancellationToken: TestContext.Current.CancellationToken);
        }
        finally
        {
            await broker.StopAsync(new MqttServerStopOptions());
            broker.Dispose();
        }
    }
}
