namespace Edge.Knowledge.Ingestion.Readers.Pdf;

/// <summary>
/// Turns the document's lines (in reading order) into blocks: joins wrapped lines into paragraphs and
/// list items, consecutive monospaced lines into code, multi-line headings into one heading, and
/// aligned multi-cell lines into table rows. A block's page is the page of its first line.
/// </summary>
internal sealed class PdfBlockBuilder(PdfTypography typography, BlockCollector blocks)
{
    private readonly List<string> _parts = [];
    private readonly List<double> _rowLefts = [];
    private BlockKind _kind;
    private int _level;
    private double _left;
    private PdfLine? _first;
    private PdfLine? _last;

    /// <summary>Adds blocks for all lines of the document.</summary>
    public void AddLines(IReadOnlyList<PdfLine> lines, CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            var prev = i > 0 && lines[i - 1].Page == line.Page ? lines[i - 1] : null;
            var next = i + 1 < lines.Count && lines[i + 1].Page == line.Page ? lines[i + 1] : null;
            var gapAbove = prev is null ? double.PositiveInfinity : prev.Baseline - line.Baseline;
            var gapBelow = next is null ? double.PositiveInfinity : line.Baseline - next.Baseline;

            if (PdfHeadings.Level(typography, line, gapAbove, gapBelow, next, ContinuesHeading(line, gapAbove)) is int level)
            {
                AddHeadingLine(line, level, gapAbove);
            }
            else if (ContinuesRow(line, gapAbove))
            {
                AddToRow(line);
            }
            else if (line.Mono)
            {
                AddCodeLine(line, gapAbove);
            }
            else if (IsRowLike(line) && (IsRowLike(prev) || IsRowLike(next)))
            {
                StartRow(line);
            }
            else if (ListMarkers.StartsItem(line.Text))
            {
                Start(BlockKind.ListItem, line, ListMarkers.Normalize(line.Text));
            }
            else if (ContinuesText(line, gapAbove))
            {
                AppendText(line);
            }
            else
            {
                Start(BlockKind.Paragraph, line, line.Text);
            }
        }

        Flush();
    }

    // Word and LibreOffice set a tab after "•" or "1."; that gap makes a list item, not a table row.
    private static bool IsRowLike(PdfLine? line)
        => line is { Mono: false, Cells.Count: >= 2 } && !(line.Cells[0].Length <= 4 && ListMarkers.StartsItem(line.Cells[0] + " x"));

    /// <summary>
    /// A table cell that wraps continues on the next line without text in the first column, at
    /// normal line spacing (rows are further apart): it belongs to the row above, not a new row.
    /// </summary>
    private bool ContinuesRow(PdfLine line, double gapAbove)
        => _kind == BlockKind.TableRow && _last is not null && _last.Page == line.Page && gapAbove <= 1.6 * line.Size
            && line.Left > _rowLefts[0] + (0.8 * line.Size);

    private void StartRow(PdfLine line)
    {
        Start(BlockKind.TableRow, line, "");
        _parts.Clear();
        _parts.AddRange(line.Cells);
        _rowLefts.Clear();
        _rowLefts.AddRange(line.CellLefts);
    }

    /// <summary>Appends each piece of a wrapped line to the cell of the column it starts in.</summary>
    private void AddToRow(PdfLine line)
    {
        for (var i = 0; i < line.Cells.Count; i++)
        {
            var column = _rowLefts.FindLastIndex(left => left <= line.CellLefts[i] + (0.8 * line.Size));
            column = Math.Max(column, 0);
            _parts[column] = (_parts[column] + " " + line.Cells[i]).Trim();
        }
        _last = line;
    }

    private bool ContinuesHeading(PdfLine line, double gapAbove)
        => _kind == BlockKind.Heading && _last is not null && _last.Page == line.Page && _last.Style == line.Style && gapAbove <= 1.8 * line.Size;

    private void AddHeadingLine(PdfLine line, int level, double gapAbove)
    {
        if (ContinuesHeading(line, gapAbove))
        {
            AppendText(line);
            return;
        }

        Start(BlockKind.Heading, line, line.Text);
        _level = level;
    }

    private void AddCodeLine(PdfLine line, double gapAbove)
    {
        var samePage = _last is not null && _last.Page == line.Page;
        var turnedPage = _last is not null && _last.Page == line.Page - 1 && double.IsPositiveInfinity(gapAbove);
        if (_kind == BlockKind.Code && _last is { Mono: true } && ((samePage && gapAbove <= 2.2 * line.Size) || turnedPage))
        {
            _left = Math.Min(_left, line.Left);
            _parts.Add(new string(' ', Math.Max(0, (int)Math.Round((line.Left - _left) / (0.6 * line.Size)))) + line.Text);
            _last = line;
        }
        else if (ContinuesText(line, gapAbove))
        {
            // A wrapped paragraph line that happens to be all inline code.
            AppendText(line);
        }
        else
        {
            Start(BlockKind.Code, line, line.Text);
        }
    }

    private bool ContinuesText(PdfLine line, double gapAbove)
    {
        if (_kind is not (BlockKind.Paragraph or BlockKind.ListItem) || _last is null || Math.Abs(_last.Size - line.Size) > 1.5)
        {
            return false;
        }

        var aligned = _kind == BlockKind.ListItem ? line.Left > _left + 1 : line.Left <= _last.Left + (0.8 * line.Size);
        if (_last.Page == line.Page)
        {
            return aligned && !typography.IsParagraphGap(gapAbove);
        }

        // First line of a new page: the paragraph runs on when the last one did not end a sentence.
        return _last.Page == line.Page - 1 && double.IsPositiveInfinity(gapAbove)
            && (_last.Text[^1] is not ('.' or '!' or '?' or ':') || char.IsLower(line.Text[0]));
    }

    private void AppendText(PdfLine line)
    {
        var previous = _parts[^1];
        // "lubri-" + "cation" was one word split by the typesetter.
        if (previous.Length > 2 && previous[^1] == '-' && char.IsLetter(previous[^2]) && char.IsLower(line.Text[0]))
        {
            _parts[^1] = previous[..^1] + line.Text;
        }
        else
        {
            _parts.Add(line.Text);
        }

        _last = line;
    }

    private void Start(BlockKind kind, PdfLine line, string text)
    {
        Flush();
        _kind = kind;
        _first = line;
        _last = line;
        _left = line.Left;
        _parts.Add(text);
    }

    private void Flush()
    {
        if (_first is null || _parts.Count == 0)
        {
            return;
        }

        if (_kind == BlockKind.Code)
        {
            blocks.AddCode(string.Join('\n', _parts), _first.Page);
        }
        else if (_kind == BlockKind.TableRow)
        {
            blocks.Add(BlockKind.TableRow, string.Join(" | ", _parts), page: _first.Page);
        }
        else
        {
            var text = string.Join(' ', _parts);
            // Large text that runs on for a paragraph is emphasis, not a heading.
            var kind = _kind == BlockKind.Heading && text.Count(c => c == ' ') >= 30 ? BlockKind.Paragraph : _kind;
            blocks.Add(kind, text, _level, _first.Page);
        }

        _parts.Clear();
        _first = null;
        _last = null;
        _kind = BlockKind.Paragraph;
        _level = 0;
    }
}
