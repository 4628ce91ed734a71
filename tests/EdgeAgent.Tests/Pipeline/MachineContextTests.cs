using System.Text;
using Edge.Agent.Pipeline;
using Edge.Agent.Tests.TestSupport;

namespace Edge.Agent.Tests.Pipeline;

public sealed class MachineContextTests
{
    [Theory]
    [InlineData("What does this alarm mean?", false)]
    [InlineData("How do I clear the current alarm", false)]
    [InlineData("what causes the active fault on the press", false)]
    [InlineData("Was bedeutet dieser Alarm?", true)]
    [InlineData("Wie behebe ich den aktuellen Fehler?", true)]
    [InlineData("Was heißt der aktuelle Fehler", true)]
    [InlineData("Woher kommt diese Störung?", true)]
    public void AlarmPhrases_AreRecognisedInEnglishAndGerman(string question, bool german)
    {
        Assert.True(AlarmPhrases.RefersToCurrentAlarm(question, out var isGerman));
        Assert.Equal(german, isGerman);
    }

    [Theory]
    [InlineData("What does alarm 2041 mean?")]
    [InlineData("Wie wechsle ich den Filter?")]
    [InlineData("alarm history of last week")]
    public void QuestionsNotAboutTheCurrentAlarm_AreNotMatched(string question) =>
        Assert.False(AlarmPhrases.RefersToCurrentAlarm(question, out _));

    [Theory]
    [InlineData("""{"code":2041,"text":"Spindle overtemperature"}""", "2041 Spindle overtemperature")]
    [InlineData("""{"id":"x","alarmCode":"E17","message":"Door open"}""", "E17 Door open")]
    [InlineData("2041 Spindle overtemperature\n", "2041 Spindle overtemperature")]
    [InlineData("\"E05\"", "E05")]
    [InlineData("4711", "4711")]
    [InlineData("", null)]
    [InlineData("null", null)]
    public void ContextPayloads_AreReducedToCodeAndText(string payload, string? expected) =>
        Assert.Equal(expected, MachineContext.Describe(Encoding.UTF8.GetBytes(payload)));

    [Fact]
    public async Task QuestionAboutThisAlarm_GetsTheLatestAlarmAppended_OthersStayUntouched()
    {
        var assistant = new FakeAssistant();
        await using var agent = await TestAgent.StartAsync(new Dictionary<string, string?> { ["Mqtt:MachineContext:Topics:0"] = "plant1/press7/alarm" }, assistant);
        await using var probe = await agent.ProbeAsync();
        // Retained, as a PLC gateway would publish it: the agent gets it on subscribing too.
        await probe.PublishAsync("plant1/press7/alarm", """{"code":2041,"text":"Spindle overtemperature"}""", retain: true);
        await WaitUntilAsync(() => agent.Get<MachineContext>().Current is not null);

        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"ctx-en","text":"What does this alarm mean?"}""");
        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"ctx-de","text":"Was bedeutet der aktuelle Fehler?"}""");
        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"ctx-none","text":"How do I change the filter?"}""");

        await probe.WaitForCountAsync(m => m.Topic == agent.Topic("events/answer"), 3);
        var asked = assistant.Asked.Select(q => q.Text).ToList();
        Assert.Contains("What does this alarm mean? (current alarm: 2041 Spindle overtemperature)", asked);
        Assert.Contains("Was bedeutet der aktuelle Fehler? (aktueller Alarm: 2041 Spindle overtemperature)", asked);
        Assert.Contains("How do I change the filter?", asked);
        var question = probe.Messages.Single(m => m.Topic == agent.Topic("events/question") && m["id"] == "ctx-en");
        Assert.Equal("What does this alarm mean?", question["text"]);
        Assert.Equal("2041 Spindle overtemperature", question["context"]);
        var answer = probe.Messages.Single(m => m.Topic == agent.Topic("events/answer") && m["id"] == "ctx-en");
        Assert.Equal("What does this alarm mean?", answer["question"]);

        // The alarm is cleared (empty retained payload): the question goes through unchanged.
        await probe.PublishAsync("plant1/press7/alarm", [], retain: true);
        await WaitUntilAsync(() => agent.Get<MachineContext>().Current is null);
        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"ctx-cleared","text":"What does this alarm mean?"}""");
        await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer") && m["id"] == "ctx-cleared");
        Assert.Equal("What does this alarm mean?", assistant.Asked.Last().Text);
    }

    private static Task WaitUntilAsync(Func<bool> condition) =>
        Eventually.HoldsAsync(condition, "the machine context followed the retained alarm", cancellationToken: TestContext.Current.CancellationToken);
}
