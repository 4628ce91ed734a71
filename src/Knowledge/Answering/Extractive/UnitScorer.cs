using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Answering.Extractive;

/// <summary>
/// Scores the units of one section by the question's analysed terms they contain. Each term is
/// weighted as in search (exact codes count most) and by how rare it is inside the section: the
/// command a whole section is about appears in most of its sentences and says nothing about which
/// sentence answers, while "dir_pin" in one sentence does. Short units are favoured lightly.
/// </summary>
internal sealed class UnitScorer
{
    private readonly Dictionary<string, float> _weights;
    private readonly IReadOnlyList<string> _phrases;
    private readonly Dictionary<AnswerUnit, string[]> _terms;
    private readonly Dictionary<string, double> _rarity = new(StringComparer.Ordinal);
    private readonly HashSet<string> _codes;
    private readonly TextAnalysis _analysis;
    private readonly string _language;
    private readonly bool _asksQuantity;

    /// <summary>Prepares scoring of <paramref name="units"/> (one section) for one question.</summary>
    public UnitScorer(TextAnalysis analysis, QueryTerms query, string language, IReadOnlyList<AnswerUnit> units, bool asksQuantity = false)
    {
        _asksQuantity = asksQuantity;
        _analysis = analysis;
        _language = language;
        // Codes already chose the section; inside it they weigh like words, or the sentences that
        // merely name the command would always beat the one that answers.
        _weights = query.Terms.GroupBy(t => t.Term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Min(MaxTermWeight, g.Max(t => t.Weight)), StringComparer.Ordinal);
        _codes = query.Terms.Where(t => t.Weight >= TextAnalysis.DerivedCodeWeight).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        _phrases = query.Phrases;
        _terms = units.Distinct().ToDictionary(u => u, u => analysis.IndexTerms(u.Text, language));
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var terms in _terms.Values)
        {
            foreach (var term in terms.Distinct(StringComparer.Ordinal).Where(_weights.ContainsKey))
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
        }
        var n = Math.Max(1, _terms.Count);
        foreach (var (term, df) in frequency)
            _rarity[term] = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private const float MaxTermWeight = 1.5f;

    /// <summary>Share of a term's weight still counted once an earlier chosen unit covered it.</summary>
    private const double CoveredShare = 0.3;

    /// <summary>
    /// Relevance of one unit to the question; 0 when it shares no term. Terms in
    /// <paramref name="covered"/> (already said by chosen units) count less, so an answer of several
    /// sentences covers more of the question instead of repeating its command name.
    /// </summary>
    public double Score(AnswerUnit unit, IReadOnlySet<string>? covered = null)
    {
        var terms = Terms(unit);
        var matched = 0.0;
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            if (_weights.TryGetValue(term, out var weight))
                matched += weight * _rarity.GetValueOrDefault(term, 1.0) * (covered?.Contains(term) == true ? CoveredShare : 1.0);
        }
        var phrase = _phrases.Any(p => TextAnalysis.NormalizeForPhrase(unit.Text).Contains(p, StringComparison.Ordinal)) ? 2.0 : 0.0;
        // "How many times …?" is answered by the sentence with the number ("Run at least five G28
        // commands"), which often shares no other word with the question.
        if (_asksQuantity && Quantities.HasQuantity(unit.Text))
            matched += MaxTermWeight;
        // Long units match more terms by chance; dampen by length without punishing real content.
        // A unit of bare identifiers (a config snippet) answers nothing read aloud, unless it is the
        // command line the question names ("TUNING_TOWER COMMAND=… FACTOR=.020").
        var readable = ReadableWords(unit.Text) >= 4 || terms.Any(_codes.Contains) ? 1.0 : 0.3;
        return readable * (matched + phrase) / Math.Sqrt(1 + terms.Length / 25.0);
    }

    /// <summary>True when the unit contains a code the question names (E-2041, 2041, G28.1, a parameter).</summary>
    public bool NamesQuestionCode(AnswerUnit unit) => Terms(unit).Any(_codes.Contains);

    /// <summary>The question's terms a unit contains.</summary>
    public IEnumerable<string> MatchedTerms(AnswerUnit unit) => Terms(unit).Where(_weights.ContainsKey);

    /// <summary>A unit's terms; units from outside the section (none today) are analysed on demand.</summary>
    private string[] Terms(AnswerUnit unit) =>
        _terms.TryGetValue(unit, out var terms) ? terms : _analysis.IndexTerms(unit.Text, _language);

    private static int ReadableWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Length > 1 && w.All(char.IsLetter));
}
