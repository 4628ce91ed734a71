using Edge.Agent.Events;
using Edge.Speech;

namespace Edge.Agent.Pipeline;

internal sealed partial class ListenWorker
{
    private async Task RunUtteranceAsync(string id, string source, IRecordingSession session, CancellationToken stoppingToken)
    {
        AudioClip clip;
        try
        {
            // The time limit stops the recording as if the button had been released.
            await using var limit = time.CreateTimer(_ => session.Stop(), null, TimeSpan.FromSeconds(agentOptions.Value.MaxListenSeconds), Timeout.InfiniteTimeSpan);
            clip = (await session.Completion.WaitAsync(stoppingToken)).Clip;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await EndRecordingAsync(session);
            return;
        }
        catch (Exception ex)
        {
            // arecord missing or the device gone shows up here, when the recording runs.
            await ReportAsync(id, Stages.Capture, ex is SpeechUnavailableException ? ErrorCodes.SpeechUnavailable : ErrorCodes.CaptureFailed, ex.Message);
            await EndRecordingAsync(session);
            return;
        }
        // Transcribing is set before listening ends, so the status never flickers back to online in between.
        status.SetTranscribing(true);
        await EndRecordingAsync(session);
        var started = time.GetTimestamp();
        Transcript transcript;
        try
        {
            var request = new SpeechRequest { Vocabulary = prompt.For(agentOptions.Value.Collection) };
            transcript = await transcriber.TranscribeAsync(clip, request, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            status.SetTranscribing(false);
            return;
        }
        catch (Exception ex)
        {
            // Reported (error state) before transcribing ends, so the status goes straight to error.
            await ReportAsync(id, Stages.Transcribe, ex is SpeechUnavailableException ? ErrorCodes.SpeechUnavailable : ErrorCodes.TranscriptionFailed, ex.Message);
            status.SetTranscribing(false);
            return;
        }
        var transcribeMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
        Log.Transcribed(logger, id, clip.Duration.TotalMilliseconds, transcribeMs, transcript.Text.Length);
        if (!transcript.HasSpeech || string.IsNullOrWhiteSpace(transcript.Text))
        {
            // Silence, noise and Whisper's hallucinations: no question, and no failure either.
            Log.NoSpeechRecognised(logger, transcript.NoSpeech.ToString(), transcript.Detail ?? "");
            status.SetTranscribing(false);
            await ReportAsync(id, Stages.Transcribe, ErrorCodes.NoSpeech, "no speech was recognised; hold the button while speaking", fail: false);
            return;
        }
        var question = new QuestionRequest(
            id, transcript.Text.Trim(), agentOptions.Value.Collection, source, transcript.Language, transcribeMs, time.GetTimestamp(), transcript.Segments);
        try
        {
            await questions.EnqueueAsync(question, stoppingToken);
        }
        catch (Exception ex) when (ex is OperationCanceledException or System.Threading.Channels.ChannelClosedException)
        {
            await ReportAsync(id, Stages.Answer, ErrorCodes.ShuttingDown, "the agent is shutting down", fail: false);
        }
        finally
        {
            // After the question is queued (and so counted as answering): no flicker through online.
            status.SetTranscribing(false);
        }
    }

    private async Task EndRecordingAsync(IRecordingSession session)
    {
        lock (_gate) _recording = null;
        status.SetListening(false);
        try
        {
            await session.DisposeAsync();
        }
        catch (Exception ex)
        {
            Log.ListenFailed(logger, ex);
        }
    }
}
