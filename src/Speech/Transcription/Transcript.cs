namespace Edge.Speech;

/// <summary>The text of a spoken question, or why there is none.</summary>
/// <param name="Text">The recognised text of all kept segments; empty when <see cref="NoSpeech"/> is set.</param>
/// <param name="Language">Language spoken (requested or detected), e.g. <c>de</c>; null when Whisper did not run.</param>
/// <param name="Segments">The kept segments, times relative to the start of the clip.</param>
/// <param name="Duration">Length of the clip that was passed in.</param>
/// <param name="TranscribeMs">Wall time of the whole call in milliseconds (detection, queueing and Whisper).</param>
/// <param name="NoSpeech">Why the clip is not a question, or <see cref="NoSpeechReason.None"/> when it is.</param>
/// <param name="Detail">One line for logs and status: what the detector or the filter decided.</param>
public sealed record Transcript(
    string Text,
    string? Language,
    IReadOnlyList<TranscriptSegment> Segments,
    TimeSpan Duration,
    long TranscribeMs,
    NoSpeechReason NoSpeech,
    string? Detail = null)
{
    /// <summary>True when the clip held a question with text.</summary>
    public bool HasSpeech => NoSpeech == NoSpeechReason.None;
}
