using System.Device.Gpio;
using Edge.Agent.Gpio;
using Edge.Agent.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Tests.Gpio;

/// <summary>
/// The button and LEDs inside the running agent. Debouncing is off here (every edge counts at once,
/// on the caller's thread); PushToTalkButtonTests covers it on a fake clock.
/// </summary>
public sealed class GpioAgentTests
{
    private const int Button = 17, ListeningLed = 22, BusyLed = 23, ErrorLed = 24;
    private readonly FakeGpioDriver _driver = new();
    private readonly FakeCapture _capture = new();
    private readonly FakeTranscriber _transcriber = new();

    private Task<TestAgent> StartAsync(string mode = "hold", FakeAssistant? assistant = null, FakeGpioDriver? driver = null) =>
        TestAgent.StartAsync(new Dictionary<string, string?>
        {
            ["Gpio:Enabled"] = "true", ["Gpio:ButtonMode"] = mode, ["Gpio:ButtonPin"] = $"{Button}",
            ["Gpio:ListeningLedPin"] = $"{ListeningLed}", ["Gpio:BusyLedPin"] = $"{BusyLed}", ["Gpio:ErrorLedPin"] = $"{ErrorLed}",
            ["Gpio:DebounceMs"] = "0",
        }, assistant, services =>
        {
            services.AddSingleton<IGpioControllerFactory>(new FakeGpioFactory(driver));
            services.AddSingleton<Edge.Speech.IRecorder>(_capture);
            services.AddSingleton<Edge.Speech.ISpeechTranscriber>(_transcriber);
        });

    [Fact]
    public async Task HoldMode_PressRecordsWithListeningLed_ReleaseStops_BusyLedWhileAnswering()
    {
        var assistant = new FakeAssistant { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var agent = await StartAsync(assistant: assistant, driver: _driver);
        await using var probe = await agent.ProbeAsync();
        Assert.Equal(PinValue.Low, _driver.Level(ListeningLed));

        _driver.SetInput(Button, PinValue.Low);
        var session = await _capture.NextSessionAsync();
        Assert.Equal(Edge.Speech.CaptureMode.PushToTalk, session.Mode);
        await probe.WaitForAsync(m => m.Topic == agent.Topic("status") && m["state"] == "listening");
        Assert.Equal(PinValue.High, _driver.Level(ListeningLed));
        Assert.Equal(PinValue.Low, _driver.Level(BusyLed));

        _driver.SetInput(Button, PinValue.High);
        await probe.WaitForAsync(m => m.Topic == agent.Topic("status") && m["state"] == "answering");
        Assert.True(session.Stopped);
        Assert.Equal(PinValue.Low, _driver.Level(ListeningLed));
        Assert.Equal(PinValue.High, _driver.Level(BusyLed));

        assistant.Gate.SetResult();
        var answer = await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer"));
        Assert.Equal("button", answer["source"]);
        await probe.WaitForCountAsync(m => m.Topic == agent.Topic("status") && m["state"] == "online", 2);
        Assert.Equal(PinValue.Low, _driver.Level(BusyLed));
        Assert.Equal(PinValue.Low, _driver.Level(ErrorLed));
    }

    [Fact]
    public async Task ToggleMode_SecondPressStopsTheRecording()
    {
        await using var agent = await StartAsync("toggle", driver: _driver);
        await using var probe = await agent.ProbeAsync();

        PressAndRelease();
        var session = await _capture.NextSessionAsync();
        Assert.Equal(Edge.Speech.CaptureMode.VoiceActivity, session.Mode);
        PressAndRelease();

        await probe.WaitForAsync(m => m.Topic == agent.Topic("events/answer"));
        // Had a release stopped it, the second press would have stopped it again or started a second recording.
        Assert.Equal(1, session.StopCalls);
        Assert.Equal(1, _capture.Starts);
    }

    [Fact]
    public async Task FailedQuestion_LightsTheErrorLed()
    {
        var assistant = new FakeAssistant { Throw = _ => new InvalidOperationException("model crashed") };
        await using var agent = await StartAsync(assistant: assistant, driver: _driver);
        await using var probe = await agent.ProbeAsync();

        await probe.PublishAsync(agent.Topic("cmd/ask"), """{"text":"anything"}""");

        await probe.WaitForAsync(m => m.Topic == agent.Topic("status") && m["state"] == "error");
        Assert.Equal(PinValue.High, _driver.Level(ErrorLed));
    }

    [Fact]
    public async Task NoGpioChip_AgentLogsOneLineAndRunsWithout()
    {
        await using var agent = await StartAsync(driver: null);
        await using var probe = await agent.ProbeAsync();

        await probe.WaitForAsync(m => m.Topic == agent.Topic("status") && m["state"] == "online");
        var lines = agent.Logs.GetSnapshot().Where(r => r.Category == typeof(GpioService).FullName).ToList();
        var line = Assert.Single(lines);
        Assert.Contains("GPIO not available", line.Message, StringComparison.Ordinal);
        Assert.Contains("Unable to find a chip", line.Message, StringComparison.Ordinal);
        Assert.False(agent.Get<IEnumerable<Microsoft.Extensions.Hosting.IHostedService>>().OfType<GpioService>().Single().IsActive);
    }

    private void PressAndRelease()
    {
        _driver.SetInput(Button, PinValue.Low);
        _driver.SetInput(Button, PinValue.High);
    }
}
