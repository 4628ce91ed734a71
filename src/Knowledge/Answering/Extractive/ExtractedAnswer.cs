using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Answering.Extractive;

/// <summary>An extractive answer and the passage it was taken from (cited first).</summary>
/// <param name="Text">The answer text, framed with its source.</param>
/// <param name="Source">The hit whose section the answer comes from.</param>
internal sealed record ExtractedAnswer(string Text, SearchHit Source);
