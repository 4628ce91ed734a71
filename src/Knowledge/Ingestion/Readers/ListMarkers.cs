using System.Text.RegularExpressions;

namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>Recognises list markers at the start of a line in formats without list markup (PDF, plain text).</summary>
internal static partial class ListMarkers
{
    [GeneratedRegex(@"^(?:[\u2022\u25E6\u25AA\u25CF\u2023\u2219\u00B7\u25A0\u2013\u2014*-]|\d{1,3}[.)]|[a-zA-Z][)]|\(\d{1,3}\)|\([a-z]\))\s+(?=\S)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    /// <summary>True when the line starts with "•", "-", "*", "1.", "2)", "a)" or "(3)" followed by text.</summary>
    public static bool StartsItem(string line) => Marker().IsMatch(line);

    /// <summary>Rewrites bullet glyphs to "•" and keeps numbering as written ("2)", "3.").</summary>
    public static string Normalize(string line)
    {
        var match = Marker().Match(line);
        if (!match.Success)
        {
            return line;
        }

        var marker = match.Value.Trim();
        var isBullet = marker.Length == 1 && !char.IsLetterOrDigit(marker[0]);
        return isBullet ? "\u2022 " + line[match.Length..] : marker + " " + line[match.Length..];
    }
}
