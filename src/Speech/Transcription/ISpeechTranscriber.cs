namespace Edge.Speech;

/// <summary>Turns a spoken question into text with Whisper; safe to call from several threads at once.</summary>
public interface ISpeechTranscriber
{
    /// <summary>The model's state as of the last load check (<see cref="SpeechModelState.NotChecked"/> before the first).</summary>
    SpeechModelStatus ModelStatus { get; }

    /// <summary>Loads the Whisper model (and the voice activity model) once and reports whether Whisper is usable; call at start-up. Never throws for a bad model.</summary>
    Task<SpeechModelStatus> LoadModelAsync(CancellationToken cancellationToken = default);

    /// <summary>Transcribes a clip; a clip without speech returns a transcript with <see cref="Transcript.NoSpeech"/> set.</summary>
    /// <exception cref="SpeechUnavailableException">The Whisper model is missing or unusable.</exception>
    /// <exception cref="AudioFormatException">The clip is longer than <see cref="SpeechOptions.MaxQuestionSeconds"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; Whisper stops promptly.</exception>
    Task<Transcript> TranscribeAsync(AudioClip clip, SpeechRequest? request = null, CancellationToken cancellationToken = default);
}
