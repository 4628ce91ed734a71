using System.Text;

namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>Whitespace and glyph clean-up shared by every reader, so chunks and keyword tokens agree across formats.</summary>
internal static class TextCleaner
{
    /// <summary>Collapses all whitespace to single spaces, drops invisible characters and expands Latin ligatures.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            // Soft hyphens, zero-width characters and the BOM are layout hints, never content.
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' || char.IsControl(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            AppendExpanded(sb, c);
        }

        return sb.ToString();
    }

    /// <summary>Keeps line structure (for code) but normalises line ends and trims trailing blanks.</summary>
    public static string CleanVerbatim(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => l.Replace('\t', ' ').Replace('\u00A0', ' ').TrimEnd());
        return string.Join('\n', lines).Trim('\n');
    }

    // PDFs from Chromium and typesetters carry "ﬁ"/"ﬂ" ligature glyphs; searching "configure" must still match.
    private static void AppendExpanded(StringBuilder sb, char c)
    {
        if (c is >= '\uFB00' and <= '\uFB06')
        {
            sb.Append(c.ToString().Normalize(NormalizationForm.FormKC));
        }
        else
        {
            sb.Append(c);
        }
    }
}
