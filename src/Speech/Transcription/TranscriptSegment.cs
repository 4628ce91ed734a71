namespace Edge.Speech;

/// <summary>One stretch of recognised speech.</summary>
/// <param name="Start">Start time in the clip.</param>
/// <param name="End">End time in the clip.</param>
/// <param name="Text">Recognised text, trimmed.</param>
/// <param name="Language">Language Whisper used for the segment.</param>
/// <param name="Probability">Mean token probability, 0–1.</param>
/// <param name="NoSpeechProbability">Whisper's probability that the window held no speech, 0–1.</param>
/// <param name="AverageLogProbability">Mean log-probability of the text tokens (0 is certain).</param>
public sealed record TranscriptSegment(
    TimeSpan Start,
    TimeSpan End,
    string Text,
    string? Language,
    double Probability,
    double NoSpeechProbability,
    double AverageLogProbability);
