using Edge.Speech;

namespace Edge.Agent.Pipeline;

/// <summary>
/// The words Whisper is prompted with for a spoken question: the plant's own titles, machine names
/// and alarm codes, from the knowledge base (an adapter); empty where there is none.
/// </summary>
internal interface ISpeechPrompt
{
    /// <summary>The vocabulary for questions about <paramref name="collection"/> (null = all); never throws.</summary>
    SpeechVocabulary For(string? collection);
}
