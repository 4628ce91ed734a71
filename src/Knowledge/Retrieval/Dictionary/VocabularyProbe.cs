using System.Globalization;
using System.Text;

namespace Edge.Knowledge.Retrieval.Dictionary;

/// <summary>
/// A quick necessary test for "may this word occur in the manuals": some beginning of the word,
/// folded as the analysers fold it, is an indexed term — stems are beginnings of their words
/// ("connection" → connect, "Inseln" → insel), save a final y that becomes i ("battery" →
/// batteri). It lets the dictionary skip the analysis of the senses whose words the manuals
/// cannot contain; the survivors are then checked exactly.
/// </summary>
internal sealed class VocabularyProbe(IReadOnlySet<string> terms)
{
    /// <summary>Shortest stem compared.</summary>
    private const int MinStem = 2;

    /// <summary>False when some word of <paramref name="phrase"/> cannot be an indexed term; true otherwise.</summary>
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
        return folded.Length < MinStem || Known(folded) || Known(folded
            .Replace("ae", "a", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal).Replace("ue", "u", StringComparison.Ordinal));
    }

    private bool Known(string folded)
    {
        if (folded.EndsWith('y') && terms.Contains(folded[..^1] + "i"))
            return true;
        for (var length = folded.Length; length >= MinStem; length--)
        {
            if (terms.Contains(folded[..length]))
                return true;
        }
        return false;
    }

    /// <summary>Lower case, German umlauts as both analysers fold them, accents and punctuation off.</summary>
    private static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length + 2);
        foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (c == 'ß')
                builder.Append("ss");
            else if (char.IsLetterOrDigit(c))
                builder.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0)
                break;
        }
        return builder.ToString();
    }
}
