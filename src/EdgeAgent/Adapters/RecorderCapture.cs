using Edge.Agent.Pipeline;

namespace Edge.Agent.Adapters;

/// <summary>
/// The pipeline's microphone over the speech library's recorder: a held button records until it is
/// released (push-to-talk); a toggle press or <c>cmd/listen</c> records until the speaker stops (voice activity).
/// </summary>
internal sealed class RecorderCapture(Speech.IRecorder recorder) : IAudioCapture
{
    /// <inheritdoc />
    public Task<ICaptureSession> StartAsync(CaptureMode mode, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var speechMode = mode == CaptureMode.UntilStopped ? Speech.CaptureMode.PushToTalk : Speech.CaptureMode.VoiceActivity;
        try
        {
            // The token aborts the recording (and kills arecord) when the agent shuts down.
            return Task.FromResult<ICaptureSession>(new RecordingCapture(recorder.Start(speechMode, cancellationToken)));
        }
        catch (Speech.SpeechUnavailableException ex)
        {
            throw new SpeechUnavailableException(ex.Message, ex);
        }
    }
}

/// <summary>One recording of the speech library, seen as the pipeline's capture session.</summary>
internal sealed class RecordingCapture : ICaptureSession
{
    private readonly Speech.IRecordingSession _session;

    /// <summary>Wraps a started recording.</summary>
    public RecordingCapture(Speech.IRecordingSession session)
    {
        _session = session;
        Completion = ToUtteranceAsync(session.Completion);
    }

    /// <inheritdoc />
    public Task<Utterance> Completion { get; }

    /// <inheritdoc />
    public void Stop() => _session.Stop();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _session.DisposeAsync();

    private static async Task<Utterance> ToUtteranceAsync(Task<Speech.Recording> recording)
    {
        try
        {
            // Clips are 16 kHz mono already; the samples are handed on without a copy.
            return new Utterance((await recording).Clip.Samples, Speech.AudioClip.SampleRate);
        }
        catch (Speech.SpeechUnavailableException ex)
        {
            // arecord missing or the device failing: the listen worker reports speech_unavailable.
            throw new SpeechUnavailableException(ex.Message, ex);
        }
    }
}
