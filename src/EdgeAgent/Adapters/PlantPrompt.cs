using Edge.Knowledge;
using Microsoft.Extensions.Logging;

namespace Edge.Agent.Adapters;

/// <summary>
/// Whisper's initial prompt from the manuals: titles, machine names, alarm codes and parameter names,
/// so "E-2041" or "VMC-850" come out spelled as the manuals spell them and retrieval finds them.
/// </summary>
internal static class PlantPrompt
{
    /// <summary>Terms asked of the knowledge base; the speech library keeps what fits its token budget.</summary>
    public const int MaxTerms = 60;

    /// <summary>The vocabulary for <paramref name="collection"/> (null = all); empty when the knowledge base cannot say.</summary>
    public static Speech.SpeechVocabulary For(IKnowledgeBase knowledge, string? collection, ILogger logger)
    {
        try
        {
            return new Speech.SpeechVocabulary(knowledge.GetVocabulary(collection, MaxTerms));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A prompt only helps; a damaged or locked database must not cost the question.
            Log.VocabularyUnavailable(logger, ex.Message);
            return Speech.SpeechVocabulary.Empty;
        }
    }
}
