using UglyToad.PdfPig.Content;

namespace Edge.Knowledge.Ingestion.Readers.Pdf;

/// <summary>
/// Groups a page's words into lines by baseline, top to bottom, left to right (single-column reading
/// order), and notes each line's font size, weight and whether it is monospaced.
/// </summary>
internal static class PdfLineBuilder
{
    /// <summary>The page's horizontal text as lines, top of the page first.</summary>
    public static List<PdfLine> Build(Page page)
    {
        var words = page.GetWords()
            .Where(w => w.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrWhiteSpace(w.Text) && w.Letters.Count > 0)
            .OrderByDescending(w => w.Letters[0].StartBaseLine.Y)
            .ToList();
        var lines = new List<PdfLine>();
        var group = new List<Word>();
        foreach (var word in words)
        {
            var baseline = word.Letters[0].StartBaseLine.Y;
            if (group.Count > 0 && Math.Abs(group[0].Letters[0].StartBaseLine.Y - baseline) > 0.4 * Math.Max(Size(group[0]), 1))
            {
                lines.Add(ToLine(page.Number, group));
                group = [];
            }

            group.Add(word);
        }

        if (group.Count > 0)
        {
            lines.Add(ToLine(page.Number, group));
        }

        return lines;
    }

    private static PdfLine ToLine(int page, List<Word> group)
    {
        var words = group.OrderBy(w => w.BoundingBox.Left).ToList();
        var letters = words.SelectMany(w => w.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        // Inline code is often set smaller than the text around it; the line's size is its prose size.
        var prose = letters.Where(l => !IsMono(l)).ToList();
        var size = (prose.Count > 0 ? prose : letters).GroupBy(l => Math.Round(l.PointSize, 1)).MaxBy(g => g.Count())?.Key ?? 0;
        var bold = letters.Count(IsBold) >= letters.Count * 0.8;
        var mono = letters.Count(IsMono) >= letters.Count * 0.9;

        // A gap much wider than a space separates table cells (or columns of a form).
        var cells = new List<string>();
        var lefts = new List<double> { words[0].BoundingBox.Left };
        var current = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right > 1.3 * Math.Max(size, 1))
            {
                cells.Add(string.Join(' ', current));
                lefts.Add(words[i].BoundingBox.Left);
                current.Clear();
            }

            current.Add(words[i].Text);
        }

        cells.Add(string.Join(' ', current));
        var text = TextCleaner.Clean(string.Join(' ', words.Select(w => w.Text)));
        return new PdfLine(page, words[0].BoundingBox.Left, words[0].Letters[0].StartBaseLine.Y, size, bold, mono, text, cells, lefts);
    }

    private static double Size(Word word) => word.Letters[0].PointSize;

    private static bool IsBold(Letter letter)
        => letter.FontDetails?.IsBold == true || ContainsAny(letter.FontName, "bold", "black", "heavy", "semibold", "demi");

    private static bool IsMono(Letter letter)
        => ContainsAny(letter.FontName, "mono", "courier", "consol", "menlo", "typewriter", "code", "fixed");

    private static bool ContainsAny(string? name, params string[] parts)
        => name is not null && parts.Any(p => name.Contains(p, StringComparison.OrdinalIgnoreCase));
}
