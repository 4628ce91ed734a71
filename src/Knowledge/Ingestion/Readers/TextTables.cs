namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>Recognises table rows in plain text: cells separated by "|" or tabs.</summary>
internal static class TextTables
{
    /// <summary>True when the line has at least two cells.</summary>
    public static bool IsRow(string line) => Cells(line).Length >= 2 || IsSeparator(line);

    /// <summary>True for a "|---|:--:|" style separator line.</summary>
    public static bool IsSeparator(string line)
    {
        var t = line.Trim();
        return t.Length >= 3 && t.Contains('-', StringComparison.Ordinal) && t.All(c => c is '|' or '-' or ':' or '+' or ' ' or '=');
    }

    /// <summary>The row text with cells joined by " | ".</summary>
    public static string ToRow(string line) => string.Join(" | ", Cells(line));

    private static string[] Cells(string line)
    {
        var separator = line.Contains('|', StringComparison.Ordinal) ? '|' : '\t';
        var cells = line.Trim().Split(separator).Select(c => c.Trim()).ToList();
        // A leading or trailing pipe ("| a | b |") leaves empty edge cells that are not data.
        if (cells.Count > 0 && cells[0].Length == 0)
        {
            cells.RemoveAt(0);
        }

        if (cells.Count > 0 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return [.. cells];
    }
}
