using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Vocabulary;

/// <summary>
/// Finds the plant's code words in a text as they are written — "E-2041", "VMC-850", "rotation_distance",
/// "G28" — for a speech recogniser's prompt. The search index keeps codes lower-cased and without
/// dashes; Whisper should see the spelling the manuals use, so the words are cut out here whole.
/// </summary>
internal static class CodeWords
{
    private static readonly char[] Trim = ['(', ')', '[', ']', '{', '}', '"', '\'', ',', ';', ':', '.', '!', '?', '«', '»', '„', '“', '”', '‚', '‘', '’', '*', '/'];

    /// <summary>Each code word of <paramref name="text"/> with its index key (the search term), in order.</summary>
    public static IEnumerable<(string Key, string Word)> Find(string text)
    {
        var codes = new List<CodeTerm>(4);
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(Trim);
            if (!IsCandidate(word))
                continue;
            codes.Clear();
            CodeTerms.Extract(word, codes);
            // Only a word that is one code from end to end: "E-2041/E-2042" or "ot=1" are no words to say.
            var primary = codes.Where(c => !c.Derived).ToList();
            if (primary.Count == 1 && Covers(primary[0].Term, word))
                yield return (primary[0].Term, word);
        }
    }

    // A code has a letter, and a digit or an underscore: plain words and bare numbers are Whisper's own business.
    private static bool IsCandidate(string word) =>
        word.Length is >= 3 and <= 40
        && !word.Contains('=', StringComparison.Ordinal)
        && word.Any(char.IsAsciiLetter)
        && word.Any(c => char.IsAsciiDigit(c) || c == '_');

    private static bool Covers(string term, string word) =>
        string.Equals(term, word.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)
        || string.Equals(term, word, StringComparison.OrdinalIgnoreCase);
}
