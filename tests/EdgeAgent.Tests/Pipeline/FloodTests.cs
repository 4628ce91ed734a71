using Edge.Agent.Tests.TestSupport;

namespace Edge.Agent.Tests.Pipeline;

public sealed class FloodTests
{
    [Fact]
    public async Task ThousandQuestions_EachIsAnsweredOrRejectedBusy_NoneSilentlyDropped()
    {
        var assistant = new FakeAssistant { Delay = TimeSpan.FromMilliseconds(2) };
        await using var agent = await TestAgent.StartAsync(new Dictionary<string, string?> { ["Agent:QuestionQueueCapacity"] = "8" }, assistant);
        await using var probe = await agent.ProbeAsync();
        GC.Collect();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

        for (var i = 0; i < 1000; i++)
            await probe.PublishAsync(agent.Topic("cmd/ask"), $$"""{"id":"f{{i}}","text":"question {{i}}"}""");

        bool Outcome(Received m) =>
            m.Topic == agent.Topic("events/answer") || (m.Topic == agent.Topic("events/error") && m["code"] == "busy");
        var outcomes = await probe.WaitForCountAsync(Outcome, 1000, TimeSpan.FromSeconds(60));
        var ids = outcomes.Select(m => m["id"]).ToHashSet();
        Assert.Equal(1000, ids.Count);
        Assert.All(Enumerable.Range(0, 1000), i => Assert.Contains($"f{i}", ids));
        var busy = outcomes.Count(m => m.Topic == agent.Topic("events/error"));
        Assert.InRange(busy, 1, 999);
        Assert.Equal(1000 - busy, assistant.Asked.Count);
        GC.Collect();
        Assert.True(GC.GetTotalMemory(forceFullCollection: true) - memoryBefore < 64 * 1024 * 1024, "memory grew by more than 64 MiB");
    }
}
