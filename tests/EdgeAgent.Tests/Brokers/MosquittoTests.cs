using Edge.Agent.Events;
using Edge.Agent.Mqtt;
using Edge.Agent.Status;
using Edge.Agent.Tests.TestSupport;

namespace Edge.Agent.Tests.Brokers;

/// <summary>The agent against a real Mosquitto process (skipped with a reason when mosquitto is missing).</summary>
public sealed class MosquittoTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static Dictionary<string, string?> External(int port, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Mqtt:Broker"] = "external", ["Mqtt:Host"] = "127.0.0.1", ["Mqtt:Port"] = $"{port}" };
        foreach (var (key, value) in more)
            settings[key] = value;
        return settings;
    }

    [Fact]
    public async Task Ask_ThroughMosquitto_IsAnsweredWithCitations_AndStatusIsRetained()
    {
        await using var broker = await MosquittoBroker.StartAsync(_directory.Path);
        await using var agent = await TestAgent.StartAsync(External(broker.Port));
        await using var probe = await MqttProbe.ConnectAsync(broker.Port, [$"{agent.BaseTopic}/#"]);

        await probe.WaitForAsync(m => m.Topic == agent.Topic("status"));
        await using (var late = await MqttProbe.ConnectAsync(broker.Port, [agent.Topic("status")]))
            Assert.True((await late.WaitForAsync(m => m.Topic == agent.Topic("status"))).Retain);
        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"mq-1","text":"Spindle alarm 2041?"}""");

        var answer = await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer") && m["id"] == "mq-1");
        Assert.Equal("Spindle manual", (string?)answer.Json["citations"]![0]!["title"]);
    }

    [Fact]
    public async Task BrokerDownForSecondsWhileQuestionsAreAnswered_EveryEventArrivesAfterRestart_InOrder()
    {
        await using var broker = await MosquittoBroker.StartAsync(_directory.Path, persistent: true);
        var assistant = new FakeAssistant { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var agent = await TestAgent.StartAsync(External(broker.Port), assistant);
        // A panel with a persistent session: the broker keeps its messages across the restart.
        await using var probe = await MqttProbe.ConnectAsync(broker.Port, [$"{agent.BaseTopic}/events/#"],
            o => o.WithClientId("panel-" + agent.DeviceId).WithCleanStart(false).WithSessionExpiryInterval(3600));

        for (var i = 1; i <= 10; i++)
            await probe.PublishAsync(agent.Topic("cmd/ask"), $$"""{"id":"out-{{i}}","text":"question {{i}}"}""");
        // The first question is with the assistant and nine wait behind it when the broker goes away; all are answered during the outage.
        var queue = agent.Get<Edge.Agent.Pipeline.QuestionQueue>();
        await Eventually.HoldsAsync(() => assistant.Asked.Count == 1 && queue.Reader.Count == 9, "the questions reached the agent",
            cancellationToken: TestContext.Current.CancellationToken);
        await broker.StopAsync();
        await Eventually.HoldsAsync(() => !agent.Get<MqttConnection>().IsConnected, "the agent noticed the outage", cancellationToken: TestContext.Current.CancellationToken);
        assistant.Gate.SetResult();
        // Nine more questions and ten answers wait in the outbox for the broker.
        await Eventually.HoldsAsync(() => agent.Get<Edge.Agent.Outbox.EventOutbox>().Depth >= 19, "every event waits in the outbox during the outage",
            cancellationToken: TestContext.Current.CancellationToken);
        await broker.RestartAsync();
        await probe.ReconnectAsync();

        var answers = await probe.WaitForCountAsync(m => m.Topic == agent.Topic("events/answer"), 10);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"out-{i}"), answers.Select(a => a["id"]).Distinct().Order(StringComparer.Ordinal).OrderBy(id => int.Parse(id![4..])));
        // Sequence numbers: first occurrences strictly increasing and without gaps (at-least-once may repeat one).
        var seen = new List<long>();
        foreach (var seq in probe.Messages.Where(m => m.Topic.StartsWith(agent.Topic("events/"), StringComparison.Ordinal)).Select(m => long.Parse(m["seq"]!)))
        {
            if (!seen.Contains(seq))
                seen.Add(seq);
        }
        Assert.Equal(Enumerable.Range((int)seen[0], seen.Count).Select(s => (long)s), seen);
        Assert.Equal(20, seen.Count(s => s >= seen[0]));
    }

    [Fact]
    public async Task TlsWithPassword_ConnectsVerifiesTheBrokerAndAnswers()
    {
        var certificates = await TestCertificates.CreateAsync(_directory.Path);
        await using var broker = await MosquittoBroker.StartAsync(_directory.Path, "edge", "s3cret", certificates);
        await using var agent = await TestAgent.StartAsync(External(broker.Port,
            ("Mqtt:Username", "edge"), ("Mqtt:Password", "s3cret"), ("Mqtt:Tls:Enabled", "true"), ("Mqtt:Tls:CaFile", certificates.CaFile)));
        await using var probe = await MqttProbe.ConnectAsync(broker.Port, [$"{agent.BaseTopic}/#"],
            o => o.WithCredentials("edge", "s3cret").WithTlsOptions(t => t.UseTls().WithCertificateValidationHandler(_ => true)));

        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"tls-1","text":"over TLS"}""");

        await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer") && m["id"] == "tls-1");
    }

    [Fact]
    public async Task WrongPassword_IsRefusedWithAClearError_RecordedAsLastError()
    {
        await using var broker = await MosquittoBroker.StartAsync(_directory.Path, "edge", "s3cret");
        await using var agent = await TestAgent.StartAsync(External(broker.Port, ("Mqtt:Username", "edge"), ("Mqtt:Password", "wrong")), waitConnected: false);

        var error = await WaitForLastErrorAsync(agent);

        Assert.Equal(ErrorCodes.BrokerAuth, error.Code);
        Assert.StartsWith("MQTT broker refused the connection:", error.Message, StringComparison.Ordinal);
        Assert.Contains("bad user name or password", error.Message, StringComparison.Ordinal);
        Assert.False(agent.Get<MqttConnection>().IsConnected);
        Assert.Contains(agent.Logs.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Error && r.Message == error.Message);
        var report = await agent.Get<AgentStatusReporter>().CollectAsync(null, TestContext.Current.CancellationToken);
        Assert.Equal(error.Message, report.LastError?.Message);
    }

    [Fact]
    public async Task TlsBrokerSignedByAnotherCa_IsRefusedWithAClearError()
    {
        var certificates = await TestCertificates.CreateAsync(_directory.Path);
        await using var broker = await MosquittoBroker.StartAsync(_directory.Path, tls: certificates);
        await using var agent = await TestAgent.StartAsync(External(broker.Port,
            ("Mqtt:Tls:Enabled", "true"), ("Mqtt:Tls:CaFile", certificates.OtherCaFile)), waitConnected: false);

        var error = await WaitForLastErrorAsync(agent);

        Assert.Contains("TLS handshake with the MQTT broker", error.Message, StringComparison.Ordinal);
        Assert.False(agent.Get<MqttConnection>().IsConnected);
    }

    private static async Task<LastError> WaitForLastErrorAsync(TestAgent agent)
    {
        var status = agent.Get<AgentStatus>();
        await Eventually.HoldsAsync(() => status.LastError is { Stage: Stages.Mqtt }, "an MQTT error was recorded", cancellationToken: TestContext.Current.CancellationToken);
        return status.LastError!;
    }
}
