namespace Edge.Knowledge.Answering;

/// <summary>Milliseconds spent per stage of one question.</summary>
/// <param name="TranscribeMs">Speech to text; 0 for typed questions.</param>
/// <param name="RetrieveMs">Search.</param>
/// <param name="AnswerMs">Composing or generating the answer.</param>
public sealed record AnswerTimings(long TranscribeMs, long RetrieveMs, long AnswerMs);
