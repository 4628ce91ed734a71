using System.Globalization;
using System.Text;

namespace Edge.Knowledge.Search;

/// <summary>Cleans a typed or transcribed question before search, and refuses what is not a question.</summary>
internal static class QueryText
{
    /// <summary>Longest question accepted, in characters; a spoken question is far shorter.</summary>
    public const int MaxLength = 1000;

    /// <summary>
    /// Replaces control characters by spaces, collapses whitespace and trims. Throws
    /// <see cref="InvalidQuestionException"/> for empty, over-long or binary input.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidQuestionException("the question is empty");
        if (text.Length > MaxLength)
            throw new InvalidQuestionException($"the question is too long ({text.Length} characters; at most {MaxLength})");

        var builder = new StringBuilder(text.Length);
        var unreadable = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value == 0xFFFD || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                if (!Rune.IsWhiteSpace(rune))
                    unreadable++;
                builder.Append(' ');
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        var cleaned = string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (cleaned.Length == 0)
            throw new InvalidQuestionException("the question is empty");
        // Mostly control or replacement characters: binary data, not a question.
        if (unreadable > 0 && unreadable * 4 >= text.Length)
            throw new InvalidQuestionException("the question is not readable text (control or binary characters)");
        if (!cleaned.Any(char.IsLetterOrDigit))
            throw new InvalidQuestionException("the question has no letters or digits");
        return cleaned;
    }
}
