namespace Edge.Speech;

/// <summary>Decides whether a clip holds speech and where it starts and ends, before Whisper runs.</summary>
public interface IVoiceActivityDetector
{
    /// <summary>Which detector runs and the state of its model, as of the last load; loads nothing.</summary>
    VoiceDetectorStatus Status { get; }

    /// <summary>Loads the detector's model if it has one (call at start-up; otherwise the first detection does). Never throws for a bad model: the spectral detector stands in and <see cref="Status"/> says why.</summary>
    VoiceDetectorStatus Load();

    /// <summary>Finds the speech in a clip; silence, noise and hum report <see cref="VoiceActivity.HasSpeech"/> false.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; a long clip stops within a second of audio.</exception>
    VoiceActivity Detect(AudioClip clip, CancellationToken cancellationToken = default);
}
