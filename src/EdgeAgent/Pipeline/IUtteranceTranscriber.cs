namespace Edge.Agent.Pipeline;

/// <summary>Speech to text for one utterance (Whisper through the speech library; a fake in tests).</summary>
internal interface IUtteranceTranscriber
{
    /// <summary>Transcribes; returns <see cref="Transcription.NoSpeech"/> when nothing was said; throws <see cref="SpeechUnavailableException"/> without a model.</summary>
    Task<Transcription> TranscribeAsync(Utterance utterance, CancellationToken cancellationToken = default);
}

/// <summary>What was said.</summary>
/// <param name="Text">The transcript; empty when nothing was recognised.</param>
/// <param name="Language">Detected or configured language ("de", "en"), if known.</param>
/// <param name="Segments">Timed pieces of the transcript.</param>
internal sealed record Transcription(string Text, string? Language, IReadOnlyList<TranscriptSegment> Segments)
{
    /// <summary>Nothing was said.</summary>
    public static Transcription NoSpeech { get; } = new("", null, []);

    /// <summary>True when there is no text to ask.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}

/// <summary>A timed piece of a transcript, with how sure the recogniser was.</summary>
/// <param name="Start">Offset from the start of the utterance.</param>
/// <param name="End">End offset.</param>
/// <param name="Text">Text of the piece.</param>
/// <param name="Probability">Mean token probability, 0–1, when the recogniser reports it.</param>
/// <param name="NoSpeechProbability">The recogniser's probability that the piece held no speech, 0–1, when reported.</param>
internal sealed record TranscriptSegment(TimeSpan Start, TimeSpan End, string Text, double? Probability = null, double? NoSpeechProbability = null);

/// <summary>No microphone or no speech model: spoken questions cannot be taken (typed ones still work).</summary>
internal sealed class SpeechUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);
