using Edge.Agent.Pipeline;
using Edge.Agent.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Tests.Pipeline;

public sealed class ListenTests
{
    private readonly FakeCapture _capture = new();
    private readonly FakeTranscriber _transcriber = new();

    private Task<TestAgent> StartAsync(Dictionary<string, string?>? settings = null, FakeAssistant? assistant = null, ISpeechPrompt? prompt = null) =>
        TestAgent.StartAsync(settings, assistant, services =>
        {
            services.AddSingleton<Edge.Speech.IRecorder>(_capture);
            services.AddSingleton<Edge.Speech.ISpeechTranscriber>(_transcriber);
            if (prompt is not null)
                services.AddSingleton(prompt);
        });

    [Fact]
    public async Task SpokenQuestion_IsTranscribedWithThePlantsWords_OfTheAgentsCollection()
    {
        var prompt = new FixedPrompt("E-2041", "VMC-850");
        await using var agent = await StartAsync(new Dictionary<string, string?> { ["Agent:Collection"] = "vmc" }, prompt: prompt);
        await using var probe = await agent.ProbeAsync();

        await probe.PublishAsync(agent.Topic("cmd/listen"), """{"id":"voice-prompt"}""");
        (await _capture.NextSessionAsync()).EndOfSpeech();
        await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer") && m["id"] == "voice-prompt");

        Assert.Equal(["vmc"], prompt.Asked);
        Assert.Equal(["E-2041", "VMC-850"], _transcriber.LastRequest?.Vocabulary?.Terms);
    }

    private sealed class FixedPrompt(params string[] words) : ISpeechPrompt
    {
        public System.Collections.Concurrent.ConcurrentQueue<string?> Asked { get; } = new();

        public Edge.Speech.SpeechVocabulary For(string? collection)
        {
            Asked.Enqueue(collection);
            return new Edge.Speech.SpeechVocabulary(words);
        }
    }

    [Fact]
    public async Task CmdListen_RecordsUntilEndOfSpeech_ThenTranscribesAndAnswersWithTheCommandId()
    {
        await using var agent = await StartAsync();
        await using var probe = await agent.ProbeAsync();

        await probe.PublishAsync(agent.Topic("cmd/listen"), """{"id":"voice-1"}""");
        var session = await _capture.NextSessionAsync();
        Assert.Equal(Edge.Speech.CaptureMode.VoiceActivity, session.Mode);
        await probe.WaitForAsync(m => m.Topic == agent.Topic("status") && m["state"] == "listening");
        session.EndOfSpeech();

        var answer = await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer") && m["id"] == "voice-1");
        Assert.Equal("What does alarm 2041 mean?", answer["question"]);
        var question = probe.Messages.Single(m => m.Topic == agent.Topic("events/question") && m["id"] == "voice-1");
        Assert.Equal("en", question["language"]);
        Assert.Equal("mqtt", question["source"]);
        Assert.True(session.Disposed);
        await probe.WaitForCountAsync(m => m.Topic == agent.Topic("status") && m["state"] == "online", 2);
        Assert.Equal(["online", "listening", "transcribing", "answering", "online"], StateChanges(probe, agent));
    }

    [Fact]
    public async Task SecondCmdListenWhileRecording_StopsTheRecording()
    {
        await using var agent = await StartAsync();
        await using var probe = await agent.ProbeAsync();

        await probe.PublishAsync(agent.Topic("cmd/listen"), "");
        var session = await _capture.NextSessionAsync();
        await probe.PublishAsync(agent.Topic("cmd/listen"), "");

        await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer"));
        Assert.True(session.Stopped);
        Assert.Equal(1, _capture.Starts);
    }

    [Fact]
    public async Task RecordingLongerThanTheLimit_IsStoppedByTheAgent()
    {
        await using var agent = await StartAsync(new() { ["Agent:MaxListenSeconds"] = "1" });
        await using var probe = await agent.ProbeAsync();

        await probe.PublishAsync(agent.Topic("cmd/listen"), "");
        var session = await _capture.NextSessionAsync();

        await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer"));
        Assert.True(session.Stopped);
    }

    [Fact]
    public async Task NothingSaid_PublishesNoSpeechError_AndAsksNothing()
    {
        var assistant = new FakeAssistant();
        _transcriber.Result = FakeTranscriber.Silence;
        await using var agent = await StartAsync(assistant: assistant);
        await using var probe = await agent.ProbeAsync();

        await probe.PublishAsync(agent.Topic("cmd/listen"), """{"id":"silent"}""");
        (await _capture.NextSessionAsync()).EndOfSpeech();

        var error = await probe.WaitForAsync(m => m.Topic == agent.Topic("events/error") && m["id"] == "silent");
        Assert.Equal("no_speech", error["code"]);
        Assert.Equal("transcribe", error["stage"]);
        Assert.Empty(assistant.Asked);
    }

    [Fact]
    public async Task TranscriptionFailure_PublishesErrorAndErrorState_NextQuestionClearsIt()
    {
        _transcriber.Fail = new InvalidOperationException("whisper crashed");
        await using var agent = await StartAsync();
        await using var probe = await agent.ProbeAsync();

        await probe.PublishAsync(agent.Topic("cmd/listen"), """{"id":"broken"}""");
        (await _capture.NextSessionAsync()).EndOfSpeech();

        var error = await probe.WaitForAsync(m => m.Topic == agent.Topic("events/error") && m["id"] == "broken");
        Assert.Equal("transcription_failed", error["code"]);
        var failed = await probe.WaitForAsync(m => m.Topic == agent.Topic("status") && m["state"] == "error");
        Assert.Equal("whisper crashed", (string?)failed.Json["lastError"]!["message"]);

        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"after","text":"next question"}""");
        await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer") && m["id"] == "after");
        var online = await probe.WaitForCountAsync(m => m.Topic == agent.Topic("status") && m["state"] == "online", 2);
        Assert.NotNull(online[^1].Json["lastError"]);
        Assert.Equal(["online", "listening", "transcribing", "error", "answering", "online"], StateChanges(probe, agent));
    }

    /// <summary>The sequence of published states, repeats collapsed.</summary>
    internal static List<string?> StateChanges(MqttProbe probe, TestAgent agent)
    {
        var states = new List<string?>();
        foreach (var state in probe.Messages.Where(m => m.Topic == agent.Topic("status")).Select(m => m["state"]))
        {
            if (states.Count == 0 || states[^1] != state)
                states.Add(state);
        }
        return states;
    }

    [Fact]
    public async Task WithoutSpeechWired_CmdListenReportsSpeechUnavailable()
    {
        await using var agent = await TestAgent.StartAsync();
        await using var probe = await agent.ProbeAsync();

        await probe.PublishAsync(agent.Topic("cmd/listen"), """{"id":"nomic"}""");

        var error = await probe.WaitForAsync(m => m.Topic == agent.Topic("events/error") && m["id"] == "nomic");
        Assert.Equal("speech_unavailable", error["code"]);
        Assert.Equal("capture", error["stage"]);
    }

    [Fact]
    public async Task MalformedCmdListen_GetsInvalidJson()
    {
        await using var agent = await StartAsync();
        await using var probe = await agent.ProbeAsync();

        await probe.PublishAsync(agent.Topic("cmd/listen"), "{oops");

        await probe.WaitForAsync(m => m.Topic == agent.Topic("events/error") && m["code"] == "invalid_json");
        Assert.Equal(0, _capture.Starts);
    }
}
