using Edge.Knowledge.Answering;

namespace Edge.Agent.Pipeline;

/// <summary>Stand-in until the speech library is wired: every listen request reports "speech unavailable".</summary>
internal sealed class UnavailableSpeech : IAudioCapture, IUtteranceTranscriber
{
    /// <inheritdoc />
    public Task<ICaptureSession> StartAsync(CaptureMode mode, CancellationToken cancellationToken = default) =>
        throw new SpeechUnavailableException("no microphone or speech model is configured");

    /// <inheritdoc />
    public Task<Transcription> TranscribeAsync(Utterance utterance, CancellationToken cancellationToken = default) =>
        throw new SpeechUnavailableException("no speech model is configured");
}

/// <summary>Stand-in when no knowledge assistant is registered: questions fail with a clear message.</summary>
internal sealed class UnavailableAssistant : IKnowledgeAssistant
{
    /// <inheritdoc />
    public Task<Answer> AskAsync(Question question, IProgress<string>? partialAnswer = null, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("no knowledge assistant is configured in this build");
}
