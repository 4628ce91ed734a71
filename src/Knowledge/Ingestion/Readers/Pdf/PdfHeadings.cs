namespace Edge.Knowledge.Ingestion.Readers.Pdf;

/// <summary>
/// Decides whether a PDF line is a heading. PDFs rarely carry heading markup, so the signals are the
/// ones a reader uses: text set larger than the body, a bold line standing on its own, or section
/// numbering ("3.2 Spindle lubrication") on a line of its own.
/// </summary>
internal static class PdfHeadings
{
    /// <summary>The heading level of the line, or null when it is body text.</summary>
    public static int? Level(PdfTypography typography, PdfLine line, double gapAbove, double gapBelow, PdfLine? next, bool continuesHeading)
    {
        if (line.Mono || line.WordCount > 25 || SafetyNotices.StartsNotice(line.Text) || !line.Text.Any(char.IsLetter))
        {
            return null;
        }

        var numbered = TextHeadings.NumberedLevel(line.Text);
        if (typography.IsLarger(line))
        {
            return numbered ?? typography.LevelOf(line);
        }

        var standsAlone = (continuesHeading || typography.IsParagraphGap(gapAbove))
            && (typography.IsParagraphGap(gapBelow) || (next is not null && next.Style == line.Style && line.Bold));
        if (!standsAlone || line.Size < typography.BodySize * 0.95)
        {
            return null;
        }

        // A bold sentence ("Inspect the nozzle first!") is emphasis; a bold title has no closing punctuation.
        if (line.Bold && (continuesHeading || !TextHeadings.EndsLikeSentence(line.Text)) && line.WordCount <= 15)
        {
            return numbered ?? typography.LevelOf(line);
        }

        return numbered is not null && line.WordCount <= 12 ? numbered : null;
    }
}
