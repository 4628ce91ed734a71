using Edge.Agent.Pipeline;
using Edge.Knowledge;
using Edge.Speech;
using Microsoft.Extensions.Logging;

namespace Edge.Agent.Adapters;

/// <summary>
/// Whisper's initial prompt from the manuals: titles, machine names, alarm codes and parameter names,
/// so "E-2041" or "VMC-850" come out spelled as the manuals spell them and retrieval finds them.
/// </summary>
internal sealed class PlantSpeechPrompt(IKnowledgeBase knowledge, ILogger<PlantSpeechPrompt> logger) : ISpeechPrompt
{
    /// <summary>Terms asked of the knowledge base; the speech library keeps what fits its token budget.</summary>
    public const int MaxTerms = 60;

    /// <inheritdoc />
    public SpeechVocabulary For(string? collection)
    {
        try
        {
            return new SpeechVocabulary(knowledge.GetVocabulary(collection, MaxTerms));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A prompt only helps; a damaged or locked database must not cost the question.
            Log.VocabularyUnavailable(logger, ex.Message);
            return SpeechVocabulary.Empty;
        }
    }
}
