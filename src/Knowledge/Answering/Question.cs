namespace Edge.Knowledge.Answering;

/// <summary>A question to answer from the knowledge base.</summary>
/// <param name="Text">The question as asked or transcribed.</param>
/// <param name="Collection">Collection to search (usually one per machine); null searches all.</param>
/// <param name="Language">"de" or "en" when already known (e.g. from Whisper); null to detect from the text.</param>
public sealed record Question(string Text, string? Collection = null, string? Language = null);
