using System.Text.RegularExpressions;

namespace Edge.Knowledge.Ingestion.Readers.Pdf;

/// <summary>
/// Removes running headers, footers and bare page numbers: lines among the top or bottom two of a
/// page whose text (digits ignored) recurs on at least half of the pages, or that are only a page number.
/// </summary>
internal static partial class PdfPageFurniture
{
    private const int EdgeLines = 2;

    [GeneratedRegex(@"^(?:(?:page|seite|s\.|p\.)\s*)?[-\u2013\u2014(\[]?\s*\d{1,4}\s*[-\u2013\u2014)\]]?(?:\s*(?:/|of|von)\s*\d{1,4})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    /// <summary>The pages' lines without furniture; the input lists are per page, top first.</summary>
    public static List<List<PdfLine>> Remove(IReadOnlyList<List<PdfLine>> pages)
    {
        var edgeKeys = pages.Select(lines => Edges(lines).Select(Key).ToHashSet(StringComparer.Ordinal)).ToList();
        var counts = edgeKeys.SelectMany(keys => keys).GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var needed = Math.Max(2, (int)Math.Ceiling(pages.Count * 0.5));

        var result = new List<List<PdfLine>>(pages.Count);
        foreach (var lines in pages)
        {
            var edges = Edges(lines).ToHashSet();
            result.Add([.. lines.Where(line => !edges.Contains(line) || !IsFurniture(line, counts, needed))]);
        }

        return result;
    }

    private static bool IsFurniture(PdfLine line, Dictionary<string, int> counts, int needed)
        => PageNumber().IsMatch(line.Text) || (counts.TryGetValue(Key(line), out var count) && count >= needed);

    private static IEnumerable<PdfLine> Edges(List<PdfLine> lines)
        => lines.Count <= EdgeLines * 2 ? lines : lines.Take(EdgeLines).Concat(lines.TakeLast(EdgeLines));

    private static string Key(PdfLine line) => Digits().Replace(line.Text.ToLowerInvariant(), "#");
}
