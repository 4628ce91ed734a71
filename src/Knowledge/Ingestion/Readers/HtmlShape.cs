using Edge.Knowledge.Ingestion.Limits;

namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>
/// Counts the elements and estimates the nesting depth of HTML in one pass over the text, before
/// the parser builds a tree: AngleSharp needs a minute for 100,000 nested <c>div</c>s. Elements
/// without an end tag, or whose end tag may be left out, do not deepen the estimate.
/// </summary>
internal static class HtmlShape
{
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rt", "rp",
        "html", "head", "body", "caption", "image", "keygen", "basefont", "bgsound", "frame",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FlatLookup = Flat.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Charges the elements of <paramref name="html"/> to the budget and checks its depth.</summary>
    public static void Check(string html, ReadBudget budget, CancellationToken cancellationToken = default)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if ((i & 0xFFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, "-->", i + 4);
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '-' or ':'))
                end++;
            if (end == start || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }

            var name = html.AsSpan(start, end - start);
            var close = html.IndexOf('>', end);
            var selfClosing = close > 0 && html[close - 1] == '/';
            var flat = FlatLookup.Contains(name);
            if (closing)
            {
                if (!flat && depth > 0)
                    depth--;
            }
            else
            {
                budget.ChargeElements(1);
                if (!flat && !selfClosing)
                    budget.CheckDepth(++depth);
            }

            i = close < 0 ? html.Length : close + 1;
            // Script and style hold text, not markup: "<div" in a script is no element.
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                i = SkipPast(html, "</" + name.ToString(), i);
                depth = Math.Max(0, depth - 1);
            }
        }
    }

    private static int SkipPast(string html, string marker, int from)
    {
        var at = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
