using System.Text.RegularExpressions;

namespace Edge.Knowledge.Retrieval;

/// <summary>Glossary lookups for German verbs as they are spoken rather than as the glossary lists them.</summary>
internal sealed partial class TextAnalysis
{
    /// <summary>
    /// Calls <paramref name="add"/> with the glossary's translations (each as its analysed terms) of
    /// the first infinitive a German word may be a form of that the glossary knows ("gemessen" →
    /// measure, "brech … ab" → abort); true when one was found.
    /// </summary>
    private bool ExpandVerbForms(GlossaryLookup glossary, GermanChain chain, string word, IReadOnlyList<string> detachedPrefixes, Action<string[]> add)
    {
        var found = false;
        foreach (var infinitive in GermanVerbForms.Infinitives(word, detachedPrefixes))
        {
            glossary.ExpandTranslations(AnalyzeGerman(chain, infinitive), fromGerman: true, translation =>
            {
                found = true;
                add(translation);
            });
            if (found)
                return true;
        }
        return false;
    }

    /// <summary>The English wording of the first infinitive of a German word form the glossary knows.</summary>
    private string? TranslateVerbForm(GlossaryLookup glossary, GermanChain chain, string word, IReadOnlyList<string> detachedPrefixes) =>
        GermanVerbForms.Infinitives(word, detachedPrefixes)
            .Select(infinitive => AnalyzeGerman(chain, infinitive))
            .Where(words => words.Count == 1)
            .Select(words => glossary.EnglishFor(words[0].Term))
            .FirstOrDefault(english => english is not null);

    /// <summary>
    /// Adds the verb-form translations of every word of a German question that the glossary does
    /// not know as written.
    /// </summary>
    private void ExpandSpokenVerbs(GlossaryLookup glossary, GermanChain chain, string text, Action<string> add)
    {
        var prefixes = GermanVerbForms.DetachedPrefixes(text);
        foreach (Match token in VerbTokenPattern().Matches(text))
        {
            var words = AnalyzeGerman(chain, token.Value);
            if (words.Count == 0)
                continue;
            var known = false;
            glossary.Expand(words, fromGerman: true, (_, _) => known = true);
            if (!known)
            {
                ExpandVerbForms(glossary, chain, token.Value, prefixes, translation =>
                {
                    foreach (var term in translation)
                        add(term);
                });
            }
        }
    }

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex VerbTokenPattern();
}
