using Edge.Agent.Adapters;
using Edge.Agent.Pipeline;
using Edge.Agent.Tests.TestSupport;
using Edge.Speech;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Tests.Adapters;

/// <summary>Answers read aloud (Speech:SpokenReplies) through a fake loudspeaker, interrupted by the next press.</summary>
public sealed class SpokenReplyTests
{
    private readonly FakeSynthesizer _speaker = new();
    private readonly FakeCapture _capture = new();

    private Task<TestAgent> StartAsync(bool spokenReplies = true) =>
        TestAgent.StartAsync(services: s =>
        {
            s.Configure<SpeechOptions>(o => o.SpokenReplies = spokenReplies);
            s.AddSingleton<ISpeechSynthesizer>(_speaker);
            s.AddSingleton<ISpokenReplies, SpokenReplyPlayer>();
            s.AddSingleton<Edge.Speech.IRecorder>(_capture);
            s.AddSingleton<Edge.Speech.ISpeechTranscriber>(new FakeTranscriber());
        });

    [Fact]
    public async Task Answer_IsSpokenInItsLanguage()
    {
        await using var agent = await StartAsync();
        await using var probe = await agent.ProbeAsync();

        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"say-1","text":"Spindle alarm 2041?"}""");

        var answer = await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer") && m["id"] == "say-1");
        var spoken = await _speaker.NextAsync();
        Assert.Equal(answer["answer"], spoken.Text);
        Assert.Equal("en", spoken.Language);
    }

    [Fact]
    public async Task CmdListen_CutsTheReplyOff_BeforeRecording()
    {
        await using var agent = await StartAsync();
        await using var probe = await agent.ProbeAsync();
        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"say-2","text":"Spindle alarm 2041?"}""");
        var spoken = await _speaker.NextAsync();

        await probe.PublishAsync(agent.Topic("cmd/listen"), """{"id":"listen-2"}""");

        Assert.True(await spoken.Finished.Task.WaitAsync(TestTimeouts.Hang, TestContext.Current.CancellationToken));
        (await _capture.NextSessionAsync()).EndOfSpeech();
        await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer") && m["id"] == "listen-2");
        // The spoken question's answer is read out in turn.
        Assert.Equal("en", (await _speaker.NextAsync()).Language);
    }

    [Fact]
    public async Task NextAnswer_ReplacesTheOneBeingSpoken()
    {
        await using var agent = await StartAsync();
        await using var probe = await agent.ProbeAsync();
        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"say-3","text":"first"}""");
        var first = await _speaker.NextAsync();

        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"say-4","text":"second"}""");

        Assert.True(await first.Finished.Task.WaitAsync(TestTimeouts.Hang, TestContext.Current.CancellationToken));
        await _speaker.NextAsync();
        Assert.Equal(2, _speaker.All.Count);
    }

    [Fact]
    public async Task SpokenRepliesOff_SaysNothing()
    {
        await using var agent = await StartAsync(spokenReplies: false);
        await using var probe = await agent.ProbeAsync();

        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"id":"quiet","text":"Spindle alarm 2041?"}""");
        await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer") && m["id"] == "quiet");
        await agent.Get<ISpokenReplies>().As<SpokenReplyPlayer>().Playing;

        Assert.Empty(_speaker.All);
    }
}

internal static class SpokenReplyCasts
{
    public static T As<T>(this object value) => Assert.IsType<T>(value);
}
