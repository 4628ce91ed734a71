using System.Text;
using System.Text.RegularExpressions;

namespace Edge.Knowledge.Retrieval;

/// <summary>One code found in text: alarm number, parameter, G/M-code, command, error flag or hex value.</summary>
/// <param name="Term">The code as an index term: lower-case, separators kept as written except alarm dashes.</param>
/// <param name="Derived">True for a secondary form (the bare number of "E-2041", the "ot=1" of "ot=1(...)").</param>
internal readonly record struct CodeTerm(string Term, bool Derived);

/// <summary>Finds codes and identifiers that must match exactly, before any stemmer sees them.</summary>
/// <remarks>
/// A stemmer turns "rotation_distance" into "rotation_dist" and the tokenizer splits "E-2041" into
/// "e" and "2041", so codes are cut out first and become terms of their own. Their spans are replaced
/// in the text by their word parts (or blanks), so the words around them are still analysed.
/// </remarks>
internal static partial class CodeTerms
{
    /// <summary>Extracts the codes of <paramref name="text"/> into <paramref name="codes"/>; returns the text left for word analysis.</summary>
    public static string Extract(string text, List<CodeTerm> codes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(codes);
        StringBuilder? rest = null;
        var copied = 0;
        foreach (Match match in CodePattern().Matches(text))
        {
            rest ??= new StringBuilder(text.Length);
            rest.Append(text, copied, match.Index - copied).Append(' ');
            AddCode(match, codes, rest);
            rest.Append(' ');
            copied = match.Index + match.Length;
        }

        return rest is null ? text : rest.Append(text, copied, text.Length - copied).ToString();
    }

    private static void AddCode(Match match, List<CodeTerm> codes, StringBuilder rest)
    {
        var value = match.Value.ToLowerInvariant();
        if (match.Groups["flag"].Success)
        {
            // "ot=1(OvertempError!)": the whole flag, the bare "ot=1", and the words for the analyser.
            codes.Add(new CodeTerm(value, Derived: false));
            var key = match.Groups["key"].Value.ToLowerInvariant();
            var assignment = key + "=" + match.Groups["val"].Value.ToLowerInvariant();
            if (assignment.Length != value.Length)
            {
                codes.Add(new CodeTerm(assignment, Derived: true));
            }

            if (key.Contains('_', StringComparison.Ordinal))
            {
                codes.Add(new CodeTerm(key, Derived: true));
            }

            rest.Append(key.Replace('_', ' ')).Append(' ').Append(match.Groups["note"].Value);
        }
        else if (match.Groups["ident"].Success)
        {
            codes.Add(new CodeTerm(value, Derived: false));
            rest.Append(value.Replace('_', ' '));
        }
        else if (match.Groups["alarm"].Success)
        {
            // "E-2041" and "E2041" meet at "e2041"; the bare number lets a spoken "2041" find them.
            var digits = match.Groups["digits"].Value;
            var prefix = match.Groups["prefix"].Value;
            codes.Add(new CodeTerm(prefix.ToLowerInvariant() + digits, Derived: false));
            if (digits.Length >= 3)
            {
                codes.Add(new CodeTerm(digits, Derived: true));
            }

            // A model name ("VMC-850", "HP-200") is also called by its letters alone: "the VMC".
            if (prefix.Length >= 2)
            {
                rest.Append(prefix);
            }
        }
        else
        {
            codes.Add(new CodeTerm(value, Derived: false));
        }
    }

    // Alternatives are tried left to right at each position, so the order is the priority:
    // error flag, hex, identifier_with_underscores, G/M-code, alarm code, bare number of 3+ digits.
    [GeneratedRegex("""
        (?<![\p{L}\p{N}_]|[0-9][.,])(?:
          (?<flag>(?<key>[A-Za-z][A-Za-z0-9_]*)=(?<val>[A-Za-z0-9_+\-]+(?:\.[A-Za-z0-9_]+)*)(?:\((?<note>[^()\s]{1,60})\))?)
        | (?<hex>0[xX][0-9A-Fa-f]+)
        | (?<ident>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)
        | (?<gm>[GgMm][0-9]{1,3}(?:\.[0-9]{1,2})?)
        | (?<alarm>(?<prefix>[A-Za-z]{1,4})-?(?<digits>[0-9]{2,7}))
        | (?<number>[0-9]{3,7})
        )(?![\p{L}\p{N}_]|[.,][0-9])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
