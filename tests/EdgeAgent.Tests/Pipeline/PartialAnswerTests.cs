using Edge.Agent.Tests.TestSupport;

namespace Edge.Agent.Tests.Pipeline;

public sealed class PartialAnswerTests
{
    [Fact]
    public async Task StreamedAnswer_PartialsAreThrottledAndAllArriveBeforeTheAnswer()
    {
        var assistant = new FakeAssistant { Partials = 60, PartialSpacing = TimeSpan.FromMilliseconds(10) };
        await using var agent = await TestAgent.StartAsync(assistant: assistant);
        await using var probe = await agent.ProbeAsync();

        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"stream-1","text":"explain the lubrication"}""");

        var answer = await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer") && m["id"] == "stream-1");
        Assert.Equal("llm", answer["mode"]);
        var partials = probe.Messages.Where(m => m.Topic == agent.Topic("events/answer/partial") && m["id"] == "stream-1").ToList();
        // 60 reports over ~0.6-1 s at one per 250 ms: a handful, never one per token.
        Assert.InRange(partials.Count, 1, 8);
        Assert.All(partials, p => Assert.True(long.Parse(p["seq"]!) < long.Parse(answer["seq"]!)));
        Assert.Equal(partials.Select(p => long.Parse(p["seq"]!)).Order(), partials.Select(p => long.Parse(p["seq"]!)));
    }
}
