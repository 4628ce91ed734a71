using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Edge.Knowledge.Retrieval;

/// <summary>Tells German from English for short questions and chunks, from function words and umlauts.</summary>
/// <remarks>
/// Only two languages matter on this shop floor, and questions are often five words long, where
/// statistical detectors guess. Function words ("wie", "ich", "the", "how") and ä/ö/ü/ß decide
/// reliably; with no evidence we answer "en" because the manuals are mostly English.
/// </remarks>
internal static partial class LanguageDetector
{
    /// <summary>Language code for German.</summary>
    public const string German = "de";

    /// <summary>Language code for English.</summary>
    public const string English = "en";

    // Words that exist in both languages ("in", "an", "so", "was", "will", "also", "man") are left out.
    private static readonly FrozenSet<string> GermanWords = FrozenSet.ToFrozenSet(
    [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder",
        "aber", "ist", "sind", "wird", "werden", "wurde", "ich", "du", "wir", "sie", "er", "es", "ihr",
        "wie", "wo", "warum", "wann", "wer", "welche", "welcher", "welches", "nicht", "kein",
        "keine", "mit", "für", "fuer", "auf", "bei", "zu", "zum", "zur", "von", "vom", "im", "aus", "nach",
        "über", "ueber", "unter", "vor", "bis", "sich", "auch", "noch", "schon", "nur", "sehr", "mehr",
        "kann", "muss", "soll", "darf", "hat", "haben", "habe", "gibt", "geht", "mache", "macht", "machen",
        "tausche", "wechsle", "prüfe", "dass", "wenn", "dann", "weil", "bitte", "mein", "meine", "dieser",
        "diese", "dieses", "hier", "jetzt", "immer", "wieder", "zwischen", "durch", "ohne", "gegen", "um",
    ]);

    private static readonly FrozenSet<string> EnglishWords = FrozenSet.ToFrozenSet(
    [
        "the", "a", "and", "or", "but", "is", "are", "were", "be", "been", "being", "i", "you", "we",
        "they", "he", "she", "it", "its", "how", "what", "why", "when", "where", "which", "who", "not", "no",
        "with", "for", "on", "at", "by", "from", "to", "of", "into", "about", "after", "before", "do", "does",
        "did", "can", "could", "should", "would", "must", "has", "have", "had", "says", "say", "said",
        "this", "that", "these", "those", "there", "here", "my", "your", "our", "their", "if", "then",
        "than", "because", "please", "check", "replace", "show", "me", "get", "set", "off", "up", "out",
        "again", "still", "only", "very", "more", "shows", "keeps", "won't", "doesn't", "don't", "isn't",
    ]);

    /// <summary>Returns "de" or "en" for the text; "en" when the evidence does not favour German.</summary>
    public static string Detect(string text)
    {
        var (german, english) = Score(text);
        return german > english ? German : English;
    }

    /// <summary>Evidence for German and for English: one point per function word, one per word with ä/ö/ü/ß.</summary>
    public static (int German, int English) Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int german = 0, english = 0;
        foreach (var match in WordPattern().EnumerateMatches(text))
        {
            var word = text.Substring(match.Index, match.Length).ToLowerInvariant();
            if (GermanWords.Contains(word))
            {
                german++;
            }
            else if (EnglishWords.Contains(word))
            {
                english++;
            }
            else if (word.AsSpan().IndexOfAny("äöüß") >= 0)
            {
                german++;
            }
        }

        return (german, english);
    }

    [GeneratedRegex(@"\p{L}+(?:'\p{L}+)?")]
    private static partial Regex WordPattern();
}
