using System.Text;
using System.Text.RegularExpressions;

namespace Edge.Knowledge.Retrieval;

/// <summary>Finds quoted phrases in a question and normalises text so phrases can be matched verbatim.</summary>
/// <remarks>
/// Technicians paste error messages in quotes ("Unable to read tmc uart"); a chunk containing that
/// exact text is the answer. Both sides go through <see cref="Normalize"/> so case, PDF ligatures,
/// typographic quotes and line breaks do not get in the way.
/// </remarks>
internal static partial class Phrases
{
    /// <summary>The normalised contents of every quoted span in <paramref name="query"/>.</summary>
    public static IReadOnlyList<string> Extract(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var phrases = new List<string>();
        foreach (Match match in QuotedPattern().Matches(query))
        {
            var group = match.Groups["double"].Success ? match.Groups["double"] : match.Groups["single"];
            var phrase = Normalize(group.Value);
            if (phrase.Length >= 2 && !phrases.Contains(phrase))
            {
                phrases.Add(phrase);
            }
        }

        return phrases;
    }

    /// <summary>Lower-case, NFKC (ligatures, full-width), straight quotes and dashes, single spaces, trimmed.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ => c,
            });
        }

        return builder.ToString();
    }

    // Double quotes in all their forms ("…", “…”, „…“, «…», »…«); single quotes only where they cannot
    // be an apostrophe (not between letters), so "don't" and "machine's" stay words.
    [GeneratedRegex("""
        ["\u201C\u201E\u00AB\u00BB](?<double>[^"\u201C\u201D\u201E\u00AB\u00BB\n]+)["\u201C\u201D\u00AB\u00BB]
        | (?<![\p{L}\p{N}])['\u2018\u201A](?<single>[^'\u2018\u2019\u201A\n]+?)['\u2019](?![\p{L}\p{N}])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex QuotedPattern();
}
