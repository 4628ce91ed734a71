namespace Edge.Knowledge.Ingestion.Readers.Pdf;

/// <summary>
/// Document-wide typography: the body text size (the size most characters are set in), the usual
/// distance between lines of a paragraph, and the heading levels, ranked by size and weight.
/// </summary>
internal sealed class PdfTypography
{
    private readonly List<(double Size, bool Bold)> _headingStyles;

    /// <summary>Measures the lines of the whole document.</summary>
    public PdfTypography(IReadOnlyList<PdfLine> lines)
    {
        var prose = lines.Where(l => !l.Mono).ToList();
        BodySize = prose.Count == 0 ? 10 : prose.GroupBy(l => l.Style.Size).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;

        var pitches = lines.Zip(lines.Skip(1))
            .Where(p => p.First.Page == p.Second.Page && !p.First.Mono && p.First.Style.Size == BodySize && p.Second.Style.Size == BodySize)
            .Select(p => p.First.Baseline - p.Second.Baseline)
            .Where(d => d > 0.8 * BodySize && d < 2.5 * BodySize)
            .Order()
            .ToList();
        // Text set wider than 1.5 lines is rare; a larger "pitch" means every measured gap was a paragraph gap.
        LinePitch = pitches.Count == 0 ? BodySize * 1.2 : Math.Min(pitches[pitches.Count / 3], BodySize * 1.5);

        // Larger styles first, bold before regular at the same size; body-size bold is the lowest level.
        _headingStyles = [.. lines.Where(IsLarger).Select(l => l.Style).Distinct()
            .OrderByDescending(s => s.Size).ThenByDescending(s => s.Bold)];
        _headingStyles.Add((BodySize, true));
    }

    /// <summary>The body text size in points.</summary>
    public double BodySize { get; }

    /// <summary>Typical baseline distance inside a paragraph; clearly larger gaps separate paragraphs.</summary>
    public double LinePitch { get; }

    /// <summary>True when the vertical gap between two lines is wider than inside a paragraph.</summary>
    public bool IsParagraphGap(double gap) => gap > LinePitch * 1.3;

    /// <summary>True when the line is set clearly larger than body text.</summary>
    public bool IsLarger(PdfLine line) => !line.Mono && line.Size >= BodySize * 1.12;

    /// <summary>Heading level for a line already judged to be a heading: its style's rank, at most 6.</summary>
    public int LevelOf(PdfLine line)
    {
        var rank = _headingStyles.FindIndex(s => Math.Abs(s.Size - line.Style.Size) < 0.6 && s.Bold == line.Bold);
        if (rank < 0)
        {
            rank = _headingStyles.Count(s => s.Size > line.Style.Size + 0.5);
        }

        return Math.Min(6, rank + 1);
    }
}
