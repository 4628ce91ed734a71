using Edge.Agent.Tests.TestSupport;
using Edge.Knowledge;
using Edge.Speech;

namespace Edge.Agent.Tests.Adapters;

/// <summary>
/// The whole spoken path in-process: <c>cmd/listen</c> on the embedded broker → the recorder playing
/// espeak-ng speech → the tiny Whisper model → the real knowledge base → events over MQTT. The tiny
/// model's words are random, so the mechanics are asserted, not the answer.
/// </summary>
public sealed class SpokenQuestionPipelineTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task CmdListen_PublishesTheQuestionWithSegmentsAndTiming_ThenItsAnswer()
    {
        var microphone = new AudioClipCaptureSource(SpeechStack.SpokenClip(), holdOpen: true);
        await using var agent = await TestAgent.StartAsync(dataDir: _data.Path, services: s => s.AddSpeechStack(_data.Path, microphone));
        agent.Get<IKnowledgeBase>().Ingest([SpeechStack.SampleManual("shop-notes.txt")], cancellationToken: TestContext.Current.CancellationToken);
        await using var probe = await agent.ProbeAsync();

        await probe.PublishAsync(agent.Topic("cmd/listen"), """{"id":"voice-e2e"}""");

        var question = await probe.WaitForAsync(m => m.Topic == agent.Topic("events/question") && m["id"] == "voice-e2e");
        Assert.Equal("mqtt", question["source"]);
        Assert.Equal("en", question["language"]);
        Assert.True((long)question.Json["transcribeMs"]! > 0);
        var segments = question.Json["segments"]!.AsArray();
        Assert.NotEmpty(segments);
        Assert.Equal(question["text"], string.Join(' ', segments.Select(s => (string?)s!["text"])));
        Assert.All(segments, s => Assert.InRange((double)s!["end"]!, (double)s["start"]!, 30));
        var answer = await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer") && m["id"] == "voice-e2e");
        Assert.Equal(question["text"], answer["question"]);
        Assert.True((long)answer.Json["timings"]!["transcribeMs"]! > 0);
        Assert.DoesNotContain(probe.Messages, m => m.Topic == agent.Topic("events/error") && m["id"] == "voice-e2e");
        probe.AssertSchemas();
    }

    [Fact]
    public async Task Status_AfterStartUp_SaysWhyTheWhisperModelCannotBeUsed()
    {
        var junk = _data.File("ggml-broken.bin");
        await File.WriteAllBytesAsync(junk, new byte[2048], TestContext.Current.CancellationToken);
        await using var agent = await TestAgent.StartAsync(dataDir: _data.Path, services: s => s.AddSpeechStack(_data.Path, speech: o => o.WhisperModel = junk));
        await using var probe = await agent.ProbeAsync();

        // Loaded in the background at start-up; the status is published again once the outcome is known.
        var status = await probe.WaitForAsync(m => m.Topic == agent.Topic("status")
            && (string?)m.Json["models"]?["details"]?["whisper"]?["state"] == "unusable");

        Assert.Contains("whisper", status.Json["models"]!["missing"]!.AsArray().Select(n => (string?)n));
        Assert.Contains("ggml-broken.bin", (string?)status.Json["models"]!["details"]!["whisper"]!["reason"], StringComparison.Ordinal);
        Assert.Equal(0, (int)status.Json["knowledge"]!["documents"]!);
        Assert.Equal("online", status["state"]);
        probe.AssertSchemas();
    }
}
