using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Answering.Extractive;

/// <summary>
/// Scores answer units by the question's analysed terms they contain (each term counted once,
/// weighted as in search, so exact codes count most), lightly favouring short units.
/// </summary>
internal sealed class UnitScorer(TextAnalysis analysis, QueryTerms query, string language)
{
    private readonly Dictionary<string, float> _weights = query.Terms
        .GroupBy(t => t.Term, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Max(t => t.Weight), StringComparer.Ordinal);

    /// <summary>Relevance of one unit to the question; 0 when it shares no term.</summary>
    public double Score(AnswerUnit unit)
    {
        var terms = analysis.IndexTerms(unit.Text, language);
        var matched = 0.0;
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            if (_weights.TryGetValue(term, out var weight))
                matched += weight;
        }
        var phrase = query.Phrases.Any(p => TextAnalysis.NormalizeForPhrase(unit.Text).Contains(p, StringComparison.Ordinal)) ? 2.0 : 0.0;
        // Long units match more terms by chance; dampen by length without punishing real content.
        return (matched + phrase) / Math.Sqrt(1 + terms.Length / 25.0);
    }
}
