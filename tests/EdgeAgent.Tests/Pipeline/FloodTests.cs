using Edge.Agent.Tests.TestSupport;

namespace Edge.Agent.Tests.Pipeline;

public sealed class FloodTests
{
    [Fact]
    public async Task ThousandQuestions_EachIsAnsweredOrRejectedBusy_NoneSilentlyDropped()
    {
        // The first question holds the assistant until all thousand are in: eight wait in the queue, the rest are refused.
        var assistant = new FakeAssistant { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var agent = await TestAgent.StartAsync(new Dictionary<string, string?> { ["Agent:QuestionQueueCapacity"] = "8" }, assistant);
        await using var probe = await agent.ProbeAsync();

        for (var i = 0; i < 1000; i++)
            await probe.PublishAsync(agent.Topic("cmd/ask"), $$"""{"id":"f{{i}}","text":"question {{i}}"}""");

        bool Busy(Received m) => m.Topic == agent.Topic("events/error") && m["code"] == "busy";
        bool Outcome(Received m) => m.Topic == agent.Topic("events/answer") || Busy(m);
        await probe.WaitForCountAsync(Busy, 1000 - 9);
        assistant.Gate.SetResult();
        var outcomes = await probe.WaitForCountAsync(Outcome, 1000);
        var ids = outcomes.Select(m => m["id"]).ToHashSet();
        Assert.Equal(1000, ids.Count);
        Assert.All(Enumerable.Range(0, 1000), i => Assert.Contains($"f{i}", ids));
        var busy = outcomes.Count(m => m.Topic == agent.Topic("events/error"));
        // One with the assistant and eight queued; the one being dequeued may still count against the queue.
        Assert.InRange(busy, 1000 - 9, 1000 - 8);
        // Nothing piles up: the queue never held more than its capacity. (Memory is a benchmark's
        // question: the process-wide heap also holds what the tests running beside this one allocate.)
        Assert.Equal(1000 - busy, assistant.Asked.Count);
    }
}
