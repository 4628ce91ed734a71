using System.Text.RegularExpressions;

namespace Edge.Knowledge.Generation;

/// <summary>
/// Finds the source ids a model writes: [S1], [S1, S3], [S1][S2], (S2) and bare [1]. Parentheses
/// need the "S" because "(2)" is as likely a step number as a source.
/// </summary>
internal static partial class SourceIds
{
    /// <summary>Cited source numbers in order of appearance, duplicates kept.</summary>
    public static IEnumerable<int> Find(string text)
    {
        foreach (Match match in Marker().Matches(text))
        {
            foreach (Capture number in match.Groups["n"].Captures)
            {
                if (int.TryParse(number.ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out int n)) yield return n;
            }
        }
    }

    /// <summary>The text without source ids, spacing tidied, for display and speech.</summary>
    public static string Remove(string text)
    {
        var without = Marker().Replace(text, "");
        without = SpaceBeforePunctuation().Replace(without, "$1");
        return MultipleSpaces().Replace(without, " ").Trim();
    }

    /// <summary>Removes the ids (and the space before each) without tidying the rest.</summary>
    public static string RemoveMarkers(string text) => Marker().Replace(text, "");

    [GeneratedRegex(@"\s*(?:\[\s*S?(?<n>\d{1,3})(?:\s*[,;]\s*S?(?<n>\d{1,3}))*\s*\]|\(\s*S(?<n>\d{1,3})(?:\s*[,;]\s*S?(?<n>\d{1,3}))*\s*\))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex MultipleSpaces();
}
