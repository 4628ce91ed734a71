using Edge.Knowledge.Answering;
using Edge.Speech;

namespace Edge.Agent.Pipeline;

/// <summary>Stand-in where the speech library is not registered: every listen request reports "speech unavailable".</summary>
internal sealed class UnavailableSpeech : IRecorder, ISpeechTranscriber
{
    private static readonly SpeechModelStatus NoModel = new(SpeechModelState.Missing, null, "no speech model is configured");

    /// <inheritdoc />
    public SpeechModelStatus ModelStatus => NoModel;

    /// <inheritdoc />
    public IRecordingSession Start(CaptureMode? mode = null, CancellationToken cancellationToken = default) =>
        throw new SpeechUnavailableException("no microphone or speech model is configured");

    /// <inheritdoc />
    public Task<SpeechModelStatus> LoadModelAsync(CancellationToken cancellationToken = default) => Task.FromResult(NoModel);

    /// <inheritdoc />
    public Task<Transcript> TranscribeAsync(AudioClip clip, SpeechRequest? request = null, CancellationToken cancellationToken = default) =>
        throw new SpeechUnavailableException("no speech model is configured");
}

/// <summary>No knowledge base to take the plant's words from: Whisper gets no prompt.</summary>
internal sealed class NoSpeechPrompt : ISpeechPrompt
{
    /// <inheritdoc />
    public SpeechVocabulary For(string? collection) => SpeechVocabulary.Empty;
}

/// <summary>Stand-in when no knowledge assistant is registered: questions fail with a clear message.</summary>
internal sealed class UnavailableAssistant : IKnowledgeAssistant
{
    /// <inheritdoc />
    public Task<Answer> AskAsync(Question question, IProgress<string>? partialAnswer = null, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("no knowledge assistant is configured in this build");
}
