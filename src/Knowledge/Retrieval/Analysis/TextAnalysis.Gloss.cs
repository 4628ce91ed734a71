using System.Text;
using System.Text.RegularExpressions;
using Edge.Knowledge.Retrieval.Dictionary;

namespace Edge.Knowledge.Retrieval;

/// <summary>Word-by-word English rendering of German questions for English-only embedding models.</summary>
internal sealed partial class TextAnalysis
{
    /// <summary>
    /// For a German question, the glossary's English for each word ("Wie mache ich die Referenzfahrt der
    /// Spindel?" → "homing spindle"); codes and unknown words are kept as written, stop words dropped.
    /// English text is returned unchanged.
    /// </summary>
    /// <remarks>
    /// all-MiniLM-L6-v2 knows no German: a German question lands near nothing. Embedding this rough
    /// gloss instead (or as well) lets the vector side find English manuals; the keyword side does
    /// not need it because <see cref="AnalyzeQuery"/> expands through the glossary itself.
    /// </remarks>
    public string GlossToEnglish(string text, TranslationTable? translations = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var glossary = Lookup(translations);
        if (LanguageDetector.Detect(text) != LanguageDetector.German)
        {
            return text;
        }

        var current = state;
        var gloss = new StringBuilder(text.Length);
        var codes = new List<CodeTerm>();
        var prefixes = GermanVerbForms.DetachedPrefixes(text);
        foreach (Match token in GlossTokenPattern().Matches(text))
        {
            codes.Clear();
            CodeTerms.Extract(token.Value, codes);
            var words = codes.Count > 0 ? [] : AnalyzeGerman(current.German, token.Value);
            var english = codes.Count > 0 ? token.Value : words.Count == 0 ? null : Translate(glossary, words[0]) ?? TranslateVerbForm(glossary, current.German, token.Value, prefixes) ?? token.Value;
            if (english is not null)
            {
                gloss.Append(gloss.Length > 0 ? " " : "").Append(english);
            }
        }

        return gloss.ToString();
    }

    private static string? Translate(GlossaryLookup glossary, AnalyzedWord word)
    {
        if (glossary.EnglishFor(word.Term) is { } whole)
        {
            return whole;
        }

        var parts = word.Parts.Select(glossary.EnglishFor).ToArray();
        return parts.Length > 0 && parts.All(part => part is not null) ? string.Join(' ', parts) : null;
    }

    // Words with their codes intact: "E-2041", "ot=1(OvertempError!)", "Kühlmittel-Pumpe".
    [GeneratedRegex(@"[\p{L}\p{N}_][\p{L}\p{N}_.\-=()!]*[\p{L}\p{N}_)!]|[\p{L}\p{N}]")]
    private static partial Regex GlossTokenPattern();
}
