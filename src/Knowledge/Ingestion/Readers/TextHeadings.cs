using System.Text.RegularExpressions;

namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>
/// Decides which plain-text lines are headings. "2.1 Title" and "4 Troubleshooting" are numbered
/// headings (level = numbering depth); "1. Close the valve" is a list item, not a heading, because a
/// single number with a dot is how procedures are written. Short ALL-CAPS lines are level-1 headings.
/// </summary>
internal static partial class TextHeadings
{
    [GeneratedRegex(@"^(?<num>\d{1,3}(?:\.\d{1,3})+)\.?\s+(?<title>\p{Lu}.*)$|^(?<num>\d{1,3})\s+(?<title>\p{Lu}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^\s*(?:={3,}|-{3,})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Underline();

    /// <summary>1 for a line of "===", 2 for "---", null otherwise.</summary>
    public static int? UnderlineLevel(string line)
        => Underline().IsMatch(line) ? (line.TrimStart().StartsWith('=') ? 1 : 2) : null;

    /// <summary>The heading level of a stand-alone line, or null when it reads as body text.</summary>
    public static int? LineLevel(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > 120 || SafetyNotices.IsLabelOnly(text) || SafetyNotices.StartsNotice(text))
        {
            return null;
        }

        if (Numbered().IsMatch(text))
        {
            return NumberedLevel(text);
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var letters = text.Count(char.IsLetter);
        return words <= 10 && letters >= 3 && text.Where(char.IsLetter).All(char.IsUpper) && !EndsLikeSentence(text) ? 1 : null;
    }

    /// <summary>Numbering depth of a short numbered title ("3.2 Spindle lubrication" → 2), else null.</summary>
    public static int? NumberedLevel(string text)
    {
        var numbered = Numbered().Match(text.Trim());
        return numbered.Success && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 14 && !EndsLikeSentence(numbered.Groups["title"].Value)
            ? Math.Min(6, numbered.Groups["num"].Value.Split('.').Length)
            : null;
    }

    /// <summary>True when the text ends like a sentence or a lead-in rather than a title.</summary>
    public static bool EndsLikeSentence(string text) => text.TrimEnd() is [.., '.' or ',' or ';' or ':' or '!'] && !text.EndsWith("...", StringComparison.Ordinal);
}
