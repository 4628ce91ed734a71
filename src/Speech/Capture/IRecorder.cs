namespace Edge.Speech;

/// <summary>Records a question from the microphone: started by the button, ended by its release or by the end of speech.</summary>
public interface IRecorder
{
    /// <summary>Starts recording now; <paramref name="mode"/> null uses <see cref="SpeechOptions.CaptureMode"/>. Cancelling aborts and stops the device.</summary>
    IRecordingSession Start(CaptureMode? mode = null, CancellationToken cancellationToken = default);
}

/// <summary>One recording in progress.</summary>
public interface IRecordingSession : IAsyncDisposable
{
    /// <summary>What ends this recording besides <see cref="Stop"/> and the maximum length.</summary>
    CaptureMode Mode { get; }

    /// <summary>Completes with the recording when it ends; cancelled when the session is aborted; faulted when the device fails.</summary>
    Task<Recording> Completion { get; }

    /// <summary>Ends the recording normally, keeping what was captured (the push-to-talk button was released).</summary>
    void Stop();
}
