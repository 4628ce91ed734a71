using System.Text.RegularExpressions;

namespace Edge.Knowledge.Generation;

/// <summary>
/// Shortens a passage to a token allowance at sentence (or list line) boundaries, so the model
/// never sees a half instruction; only a first sentence longer than the whole allowance is cut at
/// a word boundary and marked with an ellipsis.
/// </summary>
internal static partial class SentenceTrimmer
{
    public static string Trim(string text, int allowance, Func<string, int> countTokens)
    {
        text = text.Trim();
        if (allowance <= 0 || text.Length == 0) return "";
        if (countTokens(text) <= allowance) return text;

        // Sentences are counted one by one; the sum can differ from the joined count by a token
        // per boundary, which is within what a "~400 tokens" budget means.
        int used = 0, end = 0;
        foreach (Match boundary in SentenceEnd().Matches(text))
        {
            int cost = countTokens(text[end..boundary.Index]);
            if (used + cost > allowance) break;
            used += cost;
            end = boundary.Index + boundary.Length;
        }

        if (end > 0) return text[..end].TrimEnd();
        return CutAtWord(text, allowance - 1, countTokens);
    }

    private static string CutAtWord(string text, int allowance, Func<string, int> countTokens)
    {
        var words = text.Split(' ');
        int low = 0, high = words.Length;

        // Binary search for the most words that fit: a handful of tokenizer calls, not one per word.
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            if (countTokens(string.Join(' ', words, 0, middle)) <= allowance) low = middle;
            else high = middle - 1;
        }

        return low == 0 ? "" : string.Join(' ', words, 0, low) + " …";
    }

    // End of a sentence followed by space, or a line break (manual steps are often one per line).
    [GeneratedRegex(@"(?<=[.!?:;])\s+|\s*\n\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
