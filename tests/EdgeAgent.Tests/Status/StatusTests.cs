using Edge.Agent.Events;
using Edge.Agent.Status;
using Edge.Agent.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Tests.Status;

public sealed class StatusTests
{
    private sealed class FakeContributor(StatusContribution contribution) : IStatusContributor
    {
        public StatusContribution Contribute() => contribution;
    }

    private sealed class BrokenContributor : IStatusContributor
    {
        public StatusContribution Contribute() => throw new InvalidOperationException("database locked");
    }

    private static void Contributors(IServiceCollection services)
    {
        services.AddSingleton<IStatusContributor>(new FakeContributor(new(new KnowledgeSummary(12, 840, 7), [new ModelState("embedding", true)])));
        services.AddSingleton<IStatusContributor>(new BrokenContributor());
        services.AddSingleton<IStatusContributor>(new FakeContributor(new(null, [new ModelState("whisper", false, "/opt/models/ggml-base.bin"), new ModelState("llm", false)])));
    }

    [Fact]
    public async Task Status_IsRetained_WithVersionKnowledgeModelsAndOutboxDepth()
    {
        await using var agent = await TestAgent.StartAsync(services: Contributors);
        await using (var first = await agent.ProbeAsync())
            await first.WaitForAsync(m => m.Topic == agent.Topic("status"));
        // A panel that connects later gets the retained status at once.
        await using var probe = await agent.ProbeAsync();

        var status = await probe.WaitForAsync(m => m.Topic == agent.Topic("status"));
        Assert.True(status.Retain);
        var json = status.Json;
        Assert.Equal("online", (string?)json["state"]);
        Assert.Equal(AgentVersion.Current, (string?)json["version"]);
        Assert.Equal(12, (int)json["knowledge"]!["documents"]!);
        Assert.Equal(840, (int)json["knowledge"]!["chunks"]!);
        Assert.Equal(7, (long)json["knowledge"]!["version"]!);
        Assert.Equal(["embedding"], json["models"]!["present"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(["whisper", "llm"], json["models"]!["missing"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(0, (int)json["outbox"]!["depth"]!);
    }

    [Fact]
    public async Task Shutdown_PublishesRetainedOfflineStatus()
    {
        var agent = await TestAgent.StartAsync();
        await using var probe = await agent.ProbeAsync();
        await probe.WaitForAsync(m => m.Topic == agent.Topic("status") && m["state"] == "online");

        // The probe is on the agent's own embedded broker, which stops last: offline still gets out.
        await agent.StopAsync();

        var offline = await probe.WaitForAsync(m => m.Topic == agent.Topic("status") && m["state"] == "offline");
        Assert.Equal("shutdown", offline["reason"]);
        await agent.DisposeAsync();
    }

    [Fact]
    public async Task ShutdownDuringAnAnswer_LetsItFinishWithinTheGrace_AndRejectsTheQueuedOnes()
    {
        var (agent, probe, assistant) = await BusyAgentAsync(graceSeconds: 300);
        await using var _ = probe;

        var stopping = agent.StopAsync();
        // The queue closes when the answer stage starts its grace; the answer finishes inside it.
        await Eventually.HoldsAsync(() => agent.Get<Edge.Agent.Pipeline.QuestionQueue>().IsClosed, "the answer stage began stopping",
            cancellationToken: TestContext.Current.CancellationToken);
        assistant.Gate!.SetResult();
        await stopping;

        await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer") && m["id"] == "first");
        Assert.Equal("shutting_down", (await probe.WaitForAsync(m => m.Topic == agent.Topic("events/error") && m["id"] == "queued"))["code"]);
        Assert.DoesNotContain(probe.Messages, m => m.Topic == agent.Topic("events/error") && m["id"] == "first");
        await agent.DisposeAsync();
    }

    [Fact]
    public async Task ShutdownDuringAnAnswerThatOutlastsTheGrace_CancelsIt_AndReportsShuttingDown()
    {
        // The gate never opens: without cancellation after the grace, stopping would hang.
        var (agent, probe, _) = await BusyAgentAsync(graceSeconds: 1);
        await using var __ = probe;

        await agent.StopAsync().WaitAsync(TestTimeouts.Hang, TestContext.Current.CancellationToken);

        var cancelled = await probe.WaitForAsync(m => m.Topic == agent.Topic("events/error") && m["id"] == "first");
        Assert.Equal("shutting_down", cancelled["code"]);
        Assert.Equal("shutting_down", (await probe.WaitForAsync(m => m.Topic == agent.Topic("events/error") && m["id"] == "queued"))["code"]);
        await probe.WaitForAsync(m => m.Topic == agent.Topic("status") && m["state"] == "offline");
        await agent.DisposeAsync();
    }

    /// <summary>An agent whose assistant holds question "first" until its gate opens, with question "queued" waiting behind it.</summary>
    private static async Task<(TestAgent Agent, MqttProbe Probe, FakeAssistant Assistant)> BusyAgentAsync(int graceSeconds)
    {
        var assistant = new FakeAssistant { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var agent = await TestAgent.StartAsync(new Dictionary<string, string?> { ["Agent:ShutdownGraceSeconds"] = $"{graceSeconds}" }, assistant);
        var probe = await agent.ProbeAsync();
        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"first","text":"takes a while"}""");
        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"queued","text":"waits behind it"}""");
        await probe.WaitForAsync(m => m.Topic == agent.Topic("events/question") && m["id"] == "first");
        return (agent, probe, assistant);
    }

    [Fact]
    public async Task Reporter_ShowsBrokerOutboxContributionsAndTheLastErrorFromTheDataFile()
    {
        await using var agent = await TestAgent.StartAsync(services: Contributors);
        agent.Get<AgentStatus>().Fail(Stages.Answer, ErrorCodes.AnswerFailed, "model crashed");

        var report = await agent.Get<AgentStatusReporter>().CollectAsync(TestTimeouts.Hang, TestContext.Current.CancellationToken);

        Assert.Equal(agent.DeviceId, report.DeviceId);
        Assert.Equal(agent.BaseTopic, report.BaseTopic);
        Assert.Equal("embedded", report.Broker.Mode);
        Assert.Equal(agent.Port, report.Broker.Port);
        Assert.True(report.Broker.Reachable);
        Assert.Equal(12, report.Knowledge?.Documents);
        Assert.Equal(["whisper", "llm"], report.Models.Missing);
        Assert.Equal(0, report.Outbox.Depth);
        Assert.Equal("model crashed", report.LastError?.Message);
        Assert.EndsWith("edge.db", report.DatabasePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reporter_WithTheBrokerDown_SaysUnreachable()
    {
        var port = FreePort.Next();
        await using var agent = await TestAgent.StartAsync(new Dictionary<string, string?>
        {
            ["Mqtt:Broker"] = "external", ["Mqtt:Host"] = "127.0.0.1", ["Mqtt:Port"] = $"{port}",
        }, waitConnected: false);

        var report = await agent.Get<AgentStatusReporter>().CollectAsync(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);

        Assert.False(report.Broker.Reachable);
        Assert.Equal("external", report.Broker.Mode);
        Assert.NotNull(report.Broker.ProbeError);
    }
}
