using System.Text.RegularExpressions;

namespace Edge.Knowledge.Retrieval;

/// <summary>The words of a question as concepts, each with every term it may appear as in the manuals.</summary>
internal sealed partial class TextAnalysis
{
    /// <summary>
    /// One entry per content word of the question (stop words of the question's language dropped):
    /// the word's code term, or its analysed forms in the question's language, the other language
    /// and the glossary's translation. A concept is "in the manuals" when any of its terms is.
    /// </summary>
    public IReadOnlyList<string[]> QueryConcepts(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var german = LanguageDetector.Detect(query) == LanguageDetector.German;
        var current = state;
        var concepts = new List<string[]>();
        var codes = new List<CodeTerm>();
        foreach (Match token in GlossTokenPattern().Matches(query))
        {
            codes.Clear();
            CodeTerms.Extract(token.Value, codes);
            if (codes.Count > 0)
            {
                concepts.Add([.. codes.Select(c => c.Term).Distinct(StringComparer.Ordinal)]);
                continue;
            }
            var primary = german ? AnalyzeGerman(current.German, token.Value) : TokenStreams.Words(current.English, token.Value);
            if (primary.Count == 0)
                continue;
            var terms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in primary)
            {
                terms.Add(word.Term);
                terms.UnionWith(word.Parts);
            }
            var other = german ? TokenStreams.Words(current.English, token.Value) : AnalyzeGerman(current.German, token.Value);
            terms.UnionWith(other.Select(w => w.Term));
            glossary.Expand(primary, fromGerman: german, term => terms.Add(term));
            concepts.Add([.. terms]);
        }
        return concepts;
    }
}
