using MQTTnet;

namespace Edge.EndToEnd.Tests.Deploy;

/// <summary>
/// The plant-scale example of docs/PLANT-SCALE.md on real brokers: boards publish to their line
/// broker, the bridge carries events to the central broker and commands back, and the ACL keeps
/// each board inside its own base topic.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class MosquittoBridgeTests
{
    private static readonly Dictionary<string, string> Boards = new() { ["press7"] = "press7-secret", ["press8"] = "press8-secret" };

    [Fact]
    public async Task BoardEvents_ReachTheCentralBroker_AndTheAclKeepsBoardsInTheirOwnTopics()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var plant = await MosquittoPlant.StartAsync(Boards, cancellationToken: ct);
        await using var dashboard = await MqttTestClient.ConnectAsync(plant.CentralPort, plant.CaFile, "dashboard", "dash-secret", ct);
        await using var press7 = await MqttTestClient.ConnectAsync(plant.LinePort, plant.CaFile, "press7", "press7-secret", ct);
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await dashboard.SubscribeAsync("edge/#", ct));
        await WaitForBridgeAsync(press7, dashboard, ct);

        // The agent's answer event arrives centrally.
        const string answer = """{"id":"a1","deviceId":"press7","schema":"edge.v1","answer":"Check the lubrication pump first."}""";
        Assert.Equal(MqttClientPublishReasonCode.Success, await press7.PublishAsync("edge/press7/events/answer", answer, ct));
        Assert.Equal(answer, await dashboard.WaitForAsync("edge/press7/events/answer", TestTimeouts.Hang, ct));

        // Publishing as another board is refused (MQTT 5 PUBACK reason) and never arrives.
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await press7.PublishAsync("edge/press8/events/answer", "{}", ct));
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await press7.PublishAsync("plant/anything", "{}", ct));

        // A board reads its own commands, which come down the bridge, and never another board's:
        // Mosquitto's ACL file grants the SUBSCRIBE but delivers nothing the board may not read.
        await using var press8 = await MqttTestClient.ConnectAsync(plant.LinePort, plant.CaFile, "press8", "press8-secret", ct);
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await press8.SubscribeAsync("edge/press8/cmd/#", ct));
        await press7.SubscribeAsync("edge/press8/cmd/#", ct);
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await press7.SubscribeAsync("edge/press7/cmd/#", ct));
        await SendUntilArrivedAsync(dashboard, press7, "edge/press7/cmd/ask", """{"text":"Spindle alarm 2041?"}""", ct);
        await SendUntilArrivedAsync(dashboard, press8, "edge/press8/cmd/ask", """{"text":"Hydraulic oil?"}""", ct);

        // Nothing refused arrives: a later message on the same path arriving shows that the earlier ones would have.
        await SendUntilArrivedAsync(dashboard, press7, "edge/press7/cmd/listen", "{}", ct);
        Assert.DoesNotContain(press7.Received, m => m.Topic.StartsWith("edge/press8/", StringComparison.Ordinal));
        await SendUntilArrivedAsync(press7, dashboard, "edge/press7/events/error", """{"id":"marker"}""", ct);
        Assert.DoesNotContain(dashboard.Received, m => m.Topic.StartsWith("edge/press8/events", StringComparison.Ordinal) || m.Topic == "plant/anything");
    }

    [Fact]
    public async Task WrongPassword_IsRefusedAtConnect()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var plant = await MosquittoPlant.StartAsync(Boards, cancellationToken: ct);

        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => MqttTestClient.ConnectAsync(plant.LinePort, plant.CaFile, "press7", "wrong", ct));

        Assert.Contains("NotAuthorized", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Isa95Acl_LetsABoardWriteOnlyBelowItsOwnPath()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var plant = await MosquittoPlant.StartAsync(Boards, "edge-isa95.acl", ct);
        await using var press7 = await MqttTestClient.ConnectAsync(plant.LinePort, plant.CaFile, "press7", "press7-secret", ct);

        // Accepted; nobody listens on this single broker, which MQTT 5 reports as "no matching subscribers".
        var accepted = await press7.PublishAsync("acme/plant1/assembly/line3/press7/assistant/events/answer", "{}", ct);
        Assert.True(accepted is MqttClientPublishReasonCode.Success or MqttClientPublishReasonCode.NoMatchingSubscribers, accepted.ToString());
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await press7.PublishAsync("acme/plant1/assembly/line3/press8/assistant/events/answer", "{}", ct));
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await press7.PublishAsync("acme/plant1/assembly/line3/press7/assistant/cmd/ask", "{}", ct));
    }

    /// <summary>The bridge connects a moment after the line broker starts; a retained status arriving centrally shows it is up.</summary>
    private static Task WaitForBridgeAsync(MqttTestClient board, MqttTestClient dashboard, CancellationToken ct) =>
        SendUntilArrivedAsync(board, dashboard, "edge/press7/status", """{"state":"online"}""", ct);

    /// <summary>
    /// Publishes until the message arrives: the bridge subscribes on the central side only once it
    /// has connected, and a message sent before that is gone. Gives up at the hang deadline.
    /// </summary>
    private static async Task SendUntilArrivedAsync(MqttTestClient from, MqttTestClient to, string topic, string payload, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TestTimeouts.Hang);
        while (!deadline.IsCancellationRequested)
        {
            Assert.Equal(MqttClientPublishReasonCode.Success, await from.PublishAsync(topic, payload, ct));
            if (await to.WaitForAsync(topic, TimeSpan.FromMilliseconds(500), ct) == payload)
                return;
        }
        Assert.Fail($"{topic} did not arrive within {TestTimeouts.Hang}");
    }
}
