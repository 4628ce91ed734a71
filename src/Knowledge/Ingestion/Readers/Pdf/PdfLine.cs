namespace Edge.Knowledge.Ingestion.Readers.Pdf;

/// <summary>One visual line of a PDF page, with the typography that heading and code detection need.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Left">Left edge in points.</param>
/// <param name="Baseline">Baseline height in points (PDF space: larger is higher on the page).</param>
/// <param name="Size">Dominant font size in points.</param>
/// <param name="Bold">Most letters are set in a bold face.</param>
/// <param name="Mono">Most letters are set in a monospaced face (code).</param>
/// <param name="Text">Words joined with single spaces.</param>
/// <param name="Cells">Word runs separated by wide gaps; two or more suggest a table row.</param>
/// <param name="CellLefts">Left edge of each cell, so a wrapped table cell can be put back into its column.</param>
internal sealed record PdfLine(int Page, double Left, double Baseline, double Size, bool Bold, bool Mono, string Text, IReadOnlyList<string> Cells, IReadOnlyList<double> CellLefts)
{
    /// <summary>Number of words in the line.</summary>
    public int WordCount => Text.Count(c => c == ' ') + 1;

    /// <summary>Rounded size and weight, the key that heading levels are ranked by.</summary>
    public (double Size, bool Bold) Style => (Math.Round(Size * 2) / 2, Bold);
}
