using System.Text.RegularExpressions;
using Edge.Knowledge.Retrieval.Dictionary;

namespace Edge.Knowledge.Retrieval;

/// <summary>The words of a question as concepts, each with every term it may appear as in the manuals.</summary>
internal sealed partial class TextAnalysis
{
    /// <summary>
    /// One entry per content word of the question (stop words of the question's language dropped):
    /// the word's code term, or its analysed forms in the question's language, the other language
    /// and the glossary's translation. A concept is "in the manuals" when any of its terms is.
    /// </summary>
    public IReadOnlyList<QueryConcept> QueryConcepts(string query, string? language = null, TranslationTable? translations = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var glossary = Lookup(translations);
        var german = (language ?? LanguageDetector.Detect(query)) == LanguageDetector.German;
        var current = state;
        var concepts = new List<QueryConcept>();
        var codes = new List<CodeTerm>();
        var prefixes = german ? GermanVerbForms.DetachedPrefixes(query) : [];
        foreach (Match token in GlossTokenPattern().Matches(query))
        {
            codes.Clear();
            CodeTerms.Extract(token.Value, codes);
            if (codes.Count > 0)
            {
                concepts.Add(new QueryConcept(token.Value, [.. codes.Select(c => c.Term).Distinct(StringComparer.Ordinal).Select(t => new[] { t })]));
                continue;
            }
            var primary = german ? AnalyzeGerman(current.German, token.Value) : TokenStreams.Words(current.English, token.Value);
            if (primary.Count == 0)
                continue;
            // A translation counts only whole: "Heizpatrone" is not in a manual that says "heater"
            // but never "cartridge". When the whole word translates, its compound parts ("heiz" →
            // heat) say less than that translation and are left out.
            var found = new List<string[]>();
            glossary.ExpandTranslations(primary, fromGerman: german, found.Add, includeParts: false);
            var terms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in primary)
            {
                terms.Add(word.Term);
                if (found.Count == 0)
                    terms.UnionWith(word.Parts);
            }
            var other = german ? TokenStreams.Words(current.English, token.Value) : AnalyzeGerman(current.German, token.Value);
            terms.UnionWith(other.Select(w => w.Term));
            if (found.Count == 0)
                glossary.ExpandTranslations(primary, fromGerman: german, found.Add);
            if (german && found.Count == 0)
                ExpandVerbForms(glossary, current.German, token.Value, prefixes, found.Add);
            concepts.Add(new QueryConcept(token.Value, [.. terms.Select(t => new[] { t }), .. found]));
        }
        return concepts;
    }
}

/// <summary>One content word of a question and every form it may appear as in the manuals.</summary>
/// <param name="Word">The word as the question wrote it.</param>
/// <param name="Forms">
/// Its analysed forms in both languages, its compound parts and its glossary translations; each form
/// is the terms that must all appear ("heater cartridge" is two).
/// </param>
internal sealed record QueryConcept(string Word, IReadOnlyList<string[]> Forms);
