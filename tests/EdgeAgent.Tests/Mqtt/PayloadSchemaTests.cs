using System.Text;
using Edge.Agent.Tests.TestSupport;

namespace Edge.Agent.Tests.Mqtt;

public sealed class PayloadSchemaTests
{
    [Fact]
    public async Task EveryKindOfPayloadTheAgentPublishes_ValidatesAgainstItsSchema()
    {
        var assistant = new FakeAssistant { Partials = 30, PartialSpacing = TimeSpan.FromMilliseconds(20) };
        await using var agent = await TestAgent.StartAsync(new Dictionary<string, string?> { ["Mqtt:HomeAssistant:Enabled"] = "true" }, assistant);
        await using var probe = await agent.ProbeAsync("homeassistant/#");

        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"s-1","text":"stream it"}""");
        await probe.PublishAsync(agent.Topic("cmd/ask"), "{]");
        await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer") && m["id"] == "s-1");
        await probe.WaitForAsync(m => m.Topic == agent.Topic("events/error"));
        await agent.StopAsync();
        await probe.WaitForAsync(m => m.Topic == agent.Topic("status") && m["state"] == "offline");

        var schemasSeen = probe.Messages.Where(m => !m.Topic.Contains("/cmd/", StringComparison.Ordinal)).Select(m => PayloadSchemas.ForTopic(m.Topic)).OfType<string>().ToHashSet();
        Assert.Equal(
            ["event-answer-partial.schema.json", "event-answer.schema.json", "event-error.schema.json", "event-question.schema.json", "ha-discovery.schema.json", "status.schema.json"],
            schemasSeen.Order(StringComparer.Ordinal));
        probe.AssertSchemas();
    }

    [Theory]
    [InlineData("cmd-ask.schema.json", """{"id":"q-42","text":"Spindle alarm 2041?","collection":"press7"}""", true)]
    [InlineData("cmd-ask.schema.json", """{"id":7,"text":"numeric id"}""", true)]
    [InlineData("cmd-ask.schema.json", """{"id":"q-1"}""", false)]
    [InlineData("cmd-ask.schema.json", """{"text":"   "}""", false)]
    [InlineData("cmd-listen.schema.json", """{"id":"voice-1"}""", true)]
    [InlineData("cmd-listen.schema.json", """{}""", true)]
    [InlineData("status.schema.json", """{"schema":"edge.v1","id":"x","deviceId":"press7","ts":"2025-03-01T08:00:00Z","state":"offline","reason":"connection lost"}""", true)]
    [InlineData("status.schema.json", """{"schema":"edge.v1","id":"x","deviceId":"press7","ts":"2025-03-01T08:00:00Z","state":"sleeping"}""", false)]
    [InlineData("event-error.schema.json", """{"schema":"edge.v1","id":"x","deviceId":"d","ts":"2025-03-01T08:00:00Z","seq":1,"stage":"command","code":"busy","message":"full"}""", true)]
    [InlineData("event-error.schema.json", """{"schema":"edge.v1","id":"x","deviceId":"d","ts":"2025-03-01T08:00:00+01:00","seq":1,"stage":"command","code":"busy","message":"full"}""", false)]
    [InlineData("event-question.schema.json", """{"schema":"edge.v1","id":"q-44","deviceId":"press7","ts":"2025-03-01T08:00:00Z","seq":21,"text":"Spindle alarm E-2041?","source":"button","language":"en","transcribeMs":840,"segments":[{"start":0.52,"end":3.1,"text":"Spindle alarm E-2041?","probability":0.91,"noSpeechProbability":0.02}]}""", true)]
    [InlineData("event-question.schema.json", """{"schema":"edge.v1","id":"q-44","deviceId":"press7","ts":"2025-03-01T08:00:00Z","seq":21,"text":"x","source":"button","segments":[{"start":0,"end":1,"text":"x","probability":1.5}]}""", false)]
    [InlineData("event-question.schema.json", """{"schema":"edge.v1","id":"q-44","deviceId":"press7","ts":"2025-03-01T08:00:00Z","seq":21,"text":"x","source":"listen"}""", false)]
    [InlineData("status.schema.json", """{"schema":"edge.v1","id":"x","deviceId":"press7","ts":"2025-03-01T08:00:00Z","state":"online","models":{"present":["embedding"],"missing":["whisper"],"details":{"embedding":{"state":"present","reason":"bundled all-MiniLM-L6-v2"},"whisper":{"state":"missing","path":"/m/ggml-base.bin","reason":"model file not found: /m/ggml-base.bin"}}}}""", true)]
    [InlineData("status.schema.json", """{"schema":"edge.v1","id":"x","deviceId":"press7","ts":"2025-03-01T08:00:00Z","state":"online","models":{"present":[],"missing":["whisper"],"details":{"whisper":{"state":"broken"}}}}""", false)]
    public void DocumentedExamples_AreCheckedByTheSchemas(string schema, string payload, bool valid) =>
        Assert.Equal(valid, PayloadSchemas.Validate(schema, Encoding.UTF8.GetBytes(payload)) is null);
}
