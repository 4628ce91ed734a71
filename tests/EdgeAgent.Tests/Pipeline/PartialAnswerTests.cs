using Edge.Agent.Tests.TestSupport;

namespace Edge.Agent.Tests.Pipeline;

public sealed class PartialAnswerTests
{
    [Fact]
    public async Task StreamedAnswer_PartialsAreThrottledAndAllArriveBeforeTheAnswer()
    {
        // Sixty reports back to back, far inside one interval: the first goes out, the rest wait for the next interval.
        var assistant = new FakeAssistant { Partials = 60, PartialSpacing = TimeSpan.Zero };
        await using var agent = await TestAgent.StartAsync(new Dictionary<string, string?> { ["Agent:PartialAnswerIntervalMs"] = "10000" }, assistant);
        await using var probe = await agent.ProbeAsync();

        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"stream-1","text":"explain the lubrication"}""");

        var answer = await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer") && m["id"] == "stream-1");
        Assert.Equal("llm", answer["mode"]);
        var partials = probe.Messages.Where(m => m.Topic == agent.Topic("events/answer/partial") && m["id"] == "stream-1").ToList();
        Assert.Single(partials);
        Assert.All(partials, p => Assert.True(long.Parse(p["seq"]!) < long.Parse(answer["seq"]!)));
        Assert.Equal(partials.Select(p => long.Parse(p["seq"]!)).Order(), partials.Select(p => long.Parse(p["seq"]!)));
    }
}
