namespace Edge.Agent.Pipeline;

/// <summary>
/// The microphone, as the pipeline needs it: start a recording, stop it (button released, second
/// press, time limit), get the utterance. Implemented over the speech library (ALSA capture + voice
/// activity detection); tests use a fake.
/// </summary>
internal interface IAudioCapture
{
    /// <summary>Starts recording; throws <see cref="SpeechUnavailableException"/> when there is no microphone.</summary>
    /// <param name="mode">Whether the end of speech may end the recording by itself.</param>
    /// <param name="cancellationToken">Cancels starting.</param>
    Task<ICaptureSession> StartAsync(CaptureMode mode, CancellationToken cancellationToken = default);
}

/// <summary>How a recording ends.</summary>
internal enum CaptureMode
{
    /// <summary>Only <see cref="ICaptureSession.Stop"/> (button released) or the time limit end it.</summary>
    UntilStopped,

    /// <summary>The end of speech (voice activity detection) ends it too: toggle button, <c>cmd/listen</c>.</summary>
    UntilSilence,
}

/// <summary>One recording in progress.</summary>
internal interface ICaptureSession : IAsyncDisposable
{
    /// <summary>Stops recording; <see cref="Completion"/> then completes with what was recorded. Idempotent.</summary>
    void Stop();

    /// <summary>The recorded utterance, once recording ended (by <see cref="Stop"/> or the end of speech).</summary>
    Task<Utterance> Completion { get; }
}

/// <summary>Recorded speech: 16 kHz mono samples in [-1, 1].</summary>
/// <param name="Samples">The audio.</param>
/// <param name="SampleRate">Samples per second (16 000 for Whisper).</param>
internal sealed record Utterance(ReadOnlyMemory<float> Samples, int SampleRate = 16_000)
{
    /// <summary>Length of the recording.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds((double)Samples.Length / SampleRate);
}
