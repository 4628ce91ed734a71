using System.Text;
using System.Text.RegularExpressions;
using Edge.Knowledge.Retrieval.Dictionary;
using Lucene.Net.Analysis.Util;

namespace Edge.Knowledge.Retrieval;

/// <summary>Question analysis: codes, both languages, glossary translations, phrases.</summary>
internal sealed partial class TextAnalysis
{
    /// <summary>Weight of a code as asked ("E-2041", "HOME_SEARCH_VEL"): a chunk with the exact code should win.</summary>
    public const float CodeWeight = 3f;

    /// <summary>Weight of a derived code form: the bare "2041" of "E-2041", the "ot=1" of "ot=1(...)".</summary>
    public const float DerivedCodeWeight = 2f;

    /// <summary>Weight of a glossary translation into the other language.</summary>
    public const float GlossaryWeight = 0.8f;

    /// <summary>
    /// Weight of a dictionary translation: lower than the plant glossary's, which is sure of its
    /// words, because a dictionary lists several senses (0.6 and 0.4 ranked alike; 0.8 let
    /// translations of English questions pull German sections above English ones, docs/QUALITY.md).
    /// </summary>
    public const float DictionaryWeight = 0.6f;

    /// <summary>Weight of the other language's analysis when the question's language is clear.</summary>
    public const float OtherLanguageWeight = 0.6f;

    /// <summary>Evidence margin (function words, umlauts) above which the detected language counts as certain.</summary>
    private const int ConfidentMargin = 2;

    /// <summary>Analyses a question into weighted terms of both languages plus quoted phrases.</summary>
    /// <remarks>
    /// BM25 ignores terms absent from the index, so asking for both languages costs nothing: a German
    /// question gets its German terms, their English glossary equivalents, and an English reading
    /// of its words (which catches English jargon such as "Homing" inside German questions).
    /// </remarks>
    public QueryTerms AnalyzeQuery(string query, TranslationTable? translations = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var glossary = Lookup(translations);
        var (germanScore, englishScore) = LanguageDetector.Score(query);
        var german = germanScore > englishScore;
        var confident = Math.Abs(germanScore - englishScore) >= ConfidentMargin;
        var current = state;
        var bag = new TermBag();

        var codes = new List<CodeTerm>();
        var wordText = CodeTerms.Extract(query, codes);
        foreach (var code in codes)
        {
            bag.Add(code.Term, code.Derived ? DerivedCodeWeight : CodeWeight);
        }

        var primary = german ? AnalyzeGerman(current.German, wordText) : TokenStreams.Words(current.English, wordText);
        AddWords(bag, primary, 1f);
        glossary.Expand(primary, fromGerman: german, (term, curated) => bag.Add(term, curated ? GlossaryWeight : DictionaryWeight));
        if (german)
        {
            ExpandSpokenVerbs(glossary, current.German, wordText, term => bag.Add(term, GlossaryWeight));
        }

        // The other language reads the question without the detected language's stop words, so the
        // German "die" does not become the English noun "die".
        var otherText = RemoveWords(wordText, german ? StopWords.German : StopWords.English, german);
        var other = german ? TokenStreams.Words(current.English, otherText) : AnalyzeGerman(current.German, otherText);
        AddWords(bag, other, confident ? OtherLanguageWeight : 1f);
        if (!confident)
        {
            glossary.Expand(other, fromGerman: !german, (term, curated) => bag.Add(term, curated ? GlossaryWeight : DictionaryWeight));
        }

        return new QueryTerms(bag.ToList(), Phrases.Extract(query), german ? LanguageDetector.German : LanguageDetector.English);
    }

    private static void AddWords(TermBag bag, List<AnalyzedWord> words, float weight)
    {
        foreach (var word in words)
        {
            bag.Add(word.Term, weight);
            foreach (var part in word.Parts)
            {
                bag.Add(part, weight);
            }
        }
    }

    private static string RemoveWords(string text, CharArraySet stopWords, bool normaliseUmlauts)
    {
        var builder = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var match in QueryWordPattern().EnumerateMatches(text))
        {
            var word = text.Substring(match.Index, match.Length).ToLowerInvariant();
            if (normaliseUmlauts)
            {
                word = word.Replace("ä", "a", StringComparison.Ordinal).Replace("ö", "o", StringComparison.Ordinal)
                    .Replace("ü", "u", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
            }

            if (stopWords.Contains(word))
            {
                builder.Append(text, copied, match.Index - copied).Append(' ');
                copied = match.Index + match.Length;
            }
        }

        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    [GeneratedRegex(@"\p{L}+(?:'\p{L}+)?")]
    private static partial Regex QueryWordPattern();

    /// <summary>Distinct terms in first-seen order, each keeping its highest weight.</summary>
    private sealed class TermBag
    {
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
        private readonly List<WeightedTerm> terms = [];

        public void Add(string term, float weight)
        {
            if (index.TryGetValue(term, out var at))
            {
                if (terms[at].Weight < weight)
                {
                    terms[at] = new WeightedTerm(term, weight);
                }
            }
            else
            {
                index[term] = terms.Count;
                terms.Add(new WeightedTerm(term, weight));
            }
        }

        public List<WeightedTerm> ToList() => terms;
    }
}
