using System.Globalization;
using System.Text;

namespace Edge.Knowledge.Retrieval.Dictionary;

/// <summary>
/// A quick necessary test for "may this word occur in the manuals": the word's first letters,
/// folded as the analysers fold them, begin some indexed term. It lets the dictionary skip the
/// analysis of the nine in ten senses whose words the manuals cannot contain; the survivors are
/// then checked exactly.
/// </summary>
internal sealed class VocabularyPrefixes
{
    /// <summary>Letters compared: stems keep the first four letters of all but the shortest words.</summary>
    private const int Length = 4;

    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);

    /// <summary>Collects the prefixes of the indexed terms.</summary>
    public VocabularyPrefixes(IEnumerable<string> terms)
    {
        foreach (var term in terms)
        {
            _prefixes.Add(term.Length <= Length ? term : term[..Length]);
            // A short word's stem may differ in its last letter ("copy" → "copi"): its first letters alone are enough.
            if (term.Length >= Length - 1)
                _prefixes.Add(term[..(Length - 1)]);
        }
    }

    /// <summary>False when no word of <paramref name="phrase"/>-sized text can be an indexed term; true otherwise.</summary>
    public bool MayContainAll(string phrase)
    {
        foreach (var word in phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!MayContain(word))
                return false;
        }
        return true;
    }

    private bool MayContain(string word)
    {
        var folded = Fold(word);
        // The German chain also reads "ae", "oe", "ue" as umlauts; the English chain does not.
        return folded.Length == 0 || Known(folded) || Known(folded
            .Replace("ae", "a", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal).Replace("ue", "u", StringComparison.Ordinal));
    }

    private bool Known(string folded)
    {
        var key = folded.Length < Length ? folded[..Math.Min(folded.Length, Length - 1)] : folded[..Length];
        return _prefixes.Contains(key) || _prefixes.Contains(folded);
    }

    /// <summary>Lower case, German umlauts as both analysers fold them, accents off.</summary>
    private static string Fold(string word)
    {
        var lower = word.ToLowerInvariant()
            .Replace("ä", "a", StringComparison.Ordinal).Replace("ö", "o", StringComparison.Ordinal)
            .Replace("ü", "u", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(c);
        }
        return builder.ToString();
    }
}
