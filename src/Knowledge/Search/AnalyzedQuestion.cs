using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Retrieval.Dictionary;

namespace Edge.Knowledge.Search;

/// <summary>
/// A question as search, the relevance gate and the answerer read it: cleaned, its language
/// detected and its words analysed once (keyword terms of both languages with their translations;
/// its content words as concepts for the gate, worked out when first asked for).
/// </summary>
internal sealed class AnalyzedQuestion
{
    private readonly Lazy<IReadOnlyList<QueryConcept>> concepts;

    /// <summary>Analyses <paramref name="text"/> (already cleaned) with the translations of the current manuals.</summary>
    public AnalyzedQuestion(string text, TextAnalysis analysis, TranslationTable translations)
    {
        Text = text;
        Terms = analysis.AnalyzeQuery(text, translations);
        concepts = new(() => analysis.QueryConcepts(text, Terms.Language, translations));
    }

    /// <summary>The cleaned question.</summary>
    public string Text { get; }

    /// <summary>Weighted keyword terms, quoted phrases and the detected language.</summary>
    public QueryTerms Terms { get; }

    /// <summary>"de" or "en", as detected.</summary>
    public string Language => Terms.Language;

    /// <summary>The question's content words, each with every form it may appear as in the manuals.</summary>
    public IReadOnlyList<QueryConcept> Concepts => concepts.Value;
}
