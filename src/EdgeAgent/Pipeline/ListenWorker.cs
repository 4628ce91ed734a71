using Edge.Agent.Events;
using Edge.Agent.Options;
using Edge.Agent.Outbox;
using Edge.Agent.Status;
using Edge.Speech;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Pipeline;

/// <summary>
/// Capture and transcribe stages: one utterance at a time for the one microphone. A press starts a
/// recording; release (hold mode), a second press (toggle mode, <c>cmd/listen</c>), the end of speech
/// or <c>Agent:MaxListenSeconds</c> stop it; the transcript joins the question queue. Recording and
/// transcription are the speech library's (<see cref="IRecorder"/>, <see cref="ISpeechTranscriber"/>),
/// prompted with the plant's words.
/// </summary>
internal sealed partial class ListenWorker(
    ListenRequests requests, IRecorder recorder, ISpeechTranscriber transcriber, ISpeechPrompt prompt, ISpokenReplies replies, QuestionQueue questions,
    AgentStatus status, EventOutbox outbox, EventFactory events, IOptions<AgentOptions> agentOptions,
    IOptions<GpioOptions> gpioOptions, TimeProvider time, ILogger<ListenWorker> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private IRecordingSession? _recording;
    private Task _utterance = Task.CompletedTask;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var request in requests.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await HandleAsync(request, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.ListenFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: stop a recording in progress; its utterance is not asked any more.
            lock (_gate) _recording?.Stop();
        }
        await _utterance.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task HandleAsync(ListenRequest request, CancellationToken stoppingToken)
    {
        IRecordingSession? recording;
        lock (_gate) recording = _recording;
        if (request.Action == ListenAction.Press)
            replies.Interrupt();   // the technician wants to speak: the loudspeaker stops talking over them
        if (request.Action == ListenAction.Release)
        {
            if (gpioOptions.Value.ButtonMode == ButtonMode.Hold)
                recording?.Stop();
            return;
        }
        if (recording is not null)
        {
            // A press while recording: in toggle mode (and from MQTT) it ends the recording.
            if (gpioOptions.Value.ButtonMode == ButtonMode.Toggle || request.Source != ListenSources.Button)
                recording.Stop();
            return;
        }
        if (!_utterance.IsCompleted)
        {
            await outbox.EnqueueAsync(events.Error(Stages.Capture, ErrorCodes.Busy, "still transcribing the previous question", request.Id), stoppingToken);
            return;
        }
        await StartAsync(request, stoppingToken);
    }

    private async Task StartAsync(ListenRequest request, CancellationToken stoppingToken)
    {
        var id = request.Id ?? EventFactory.NewId();
        var mode = request.Source == ListenSources.Button && gpioOptions.Value.ButtonMode == ButtonMode.Hold
            ? CaptureMode.PushToTalk : CaptureMode.VoiceActivity;
        status.SetListening(true);
        IRecordingSession session;
        try
        {
            // The token aborts the recording (and stops the microphone) when the agent shuts down.
            session = recorder.Start(mode, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await ReportAsync(id, Stages.Capture, ex is SpeechUnavailableException ? ErrorCodes.SpeechUnavailable : ErrorCodes.CaptureFailed, ex.Message);
            status.SetListening(false);
            return;
        }
        lock (_gate) _recording = session;
        Log.ListenStarted(logger, id, request.Source, mode.ToString());
        _utterance = Task.Run(() => RunUtteranceAsync(id, request.Source, session, stoppingToken), CancellationToken.None);
    }

    private async Task ReportAsync(string id, string stage, string code, string message, bool fail = true)
    {
        if (fail)
            status.Fail(stage, code, message);
        await outbox.EnqueueAsync(events.Error(stage, code, message, id));
    }
}

/// <summary>Names of question sources in events.</summary>
internal static class ListenSources
{
    /// <summary>The GPIO push-to-talk button.</summary>
    public const string Button = "button";

    /// <summary>An MQTT command.</summary>
    public const string Mqtt = "mqtt";

    /// <summary>The web panel's Ask page, or a plant HMI calling its API.</summary>
    public const string Web = "web";
}
