using System.Text;
using Edge.Agent.Tests.TestSupport;
using Edge.Knowledge;

namespace Edge.Agent.Tests.Mqtt;

public sealed class CmdAskTests(AgentFixture fixture) : IClassFixture<AgentFixture>
{
    private TestAgent Agent => fixture.Agent;
    private MqttProbe Probe => fixture.Probe;

    [Fact]
    public async Task Ask_WithId_PublishesQuestionThenAnswerCarryingTheSameIdAndCitations()
    {
        await Probe.PublishAsync(Agent.Topic("cmd/ask"), """{"id":"q-42","text":"Spindle alarm 2041, what do I check first?","collection":"press7"}""");

        var answer = await Probe.WaitForAsync(m => m.Topic == Agent.Topic("events/answer") && m["id"] == "q-42");
        var question = Probe.Messages.Single(m => m.Topic == Agent.Topic("events/question") && m["id"] == "q-42");
        Assert.Equal("Spindle alarm 2041, what do I check first?", question["text"]);
        Assert.Equal("mqtt", question["source"]);
        Assert.Equal("press7", question["collection"]);
        Assert.True(long.Parse(question["seq"]!) < long.Parse(answer["seq"]!));
        var json = answer.Json;
        Assert.Equal("edge.v1", (string?)json["schema"]);
        Assert.Equal(Agent.DeviceId, (string?)json["deviceId"]);
        Assert.True((bool)json["grounded"]!);
        Assert.Equal("spindle-manual.pdf", (string?)json["citations"]![0]!["document"]);
        Assert.Equal(12, (int)json["citations"]![0]!["page"]!);
        Assert.Equal(31, (int)json["timings"]!["answerMs"]!);
        Assert.False(answer.Retain);
        Assert.Contains(fixture.Assistant.Asked, q => q.Collection == "press7");
    }

    [Fact]
    public async Task Ask_WithoutId_AnswerCarriesAGeneratedIdMatchingItsQuestion()
    {
        await Probe.PublishAsync(Agent.Topic("cmd/ask"), """{"text":"no id here"}""");

        var answer = await Probe.WaitForAsync(m => m.Topic == Agent.Topic("events/answer") && m["question"] == "no id here");
        Assert.False(string.IsNullOrEmpty(answer["id"]));
        Assert.Contains(Probe.Messages, m => m.Topic == Agent.Topic("events/question") && m["id"] == answer["id"]);
    }

    [Fact]
    public async Task Ask_WithNumericId_EchoesItAsText()
    {
        await Probe.PublishAsync(Agent.Topic("cmd/ask"), """{"id":77,"text":"numeric id"}""");

        await Probe.WaitForAsync(m => m.Topic == Agent.Topic("events/answer") && m["id"] == "77");
    }

    [Theory]
    [InlineData("not json at all", "invalid_json")]
    [InlineData("[1,2,3]", "invalid_json")]
    [InlineData("{\"id\":\"bad-1\"}", "invalid_command")]
    [InlineData("{\"id\":\"bad-2\",\"text\":\"   \"}", "invalid_command")]
    [InlineData("{\"id\":\"bad-3\",\"text\":42}", "invalid_command")]
    [InlineData("{\"id\":{\"nested\":true},\"text\":\"x\"}", "invalid_command")]
    [InlineData("{\"text\":\"unterminated", "invalid_json")]
    [InlineData("", "invalid_json")]
    public async Task MalformedAsk_GetsAnErrorEvent_AndTheAgentKeepsAnswering(string payload, string code)
    {
        var before = Probe.Messages.Count(m => m.Topic == Agent.Topic("events/error") && m["code"] == code);

        await Probe.PublishAsync(Agent.Topic("cmd/ask"), payload);

        await Probe.WaitForCountAsync(m => m.Topic == Agent.Topic("events/error") && m["code"] == code && m["stage"] == "command", before + 1);
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task BinaryJunk_GetsInvalidJson_AndTheAgentKeepsAnswering()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        junk[0] = (byte)'{';

        await Probe.PublishAsync(Agent.Topic("cmd/ask"), junk);

        await Probe.WaitForAsync(m => m.Topic == Agent.Topic("events/error") && m["code"] == "invalid_json" && m["message"]!.Contains("UTF-8", StringComparison.Ordinal));
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task OneMegabyteCommand_IsRefusedAsTooLarge_WithoutCrashing()
    {
        var big = "{\"id\":\"huge\",\"text\":\"" + new string('a', 1024 * 1024) + "\"}";

        await Probe.PublishAsync(Agent.Topic("cmd/ask"), big);

        var error = await Probe.WaitForAsync(m => m.Topic == Agent.Topic("events/error") && m["code"] == "payload_too_large");
        Assert.Contains("16384", error["message"], StringComparison.Ordinal);
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task UnknownCommandTopic_GetsUnknownCommandError()
    {
        await Probe.PublishAsync(Agent.Topic("cmd/reboot"), "{}");

        var error = await Probe.WaitForAsync(m => m.Topic == Agent.Topic("events/error") && m["code"] == "unknown_command");
        Assert.Contains("reboot", error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionTheAssistantRejects_GetsInvalidQuestionErrorWithTheId()
    {
        fixture.Assistant.Throw = q => q.Text == "reject me" ? new InvalidQuestionException("unknown collection 'nope'") : null;

        await Probe.PublishAsync(Agent.Topic("cmd/ask"), """{"id":"inv-1","text":"reject me"}""");

        var error = await Probe.WaitForAsync(m => m.Topic == Agent.Topic("events/error") && m["id"] == "inv-1");
        Assert.Equal("invalid_question", error["code"]);
        Assert.Equal("answer", error["stage"]);
        Assert.Equal("unknown collection 'nope'", error["message"]);
    }

    private async Task AssertStillAnswersAsync()
    {
        var id = "alive-" + Guid.NewGuid().ToString("N")[..6];
        await Probe.PublishAsync(Agent.Topic("cmd/ask"), Encoding.UTF8.GetBytes($$"""{"id":"{{id}}","text":"still there?"}"""));
        await Probe.WaitForAsync(m => m.Topic == Agent.Topic("events/answer") && m["id"] == id);
    }
}
