using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Edge.Knowledge.Ingestion.Readers.Docx;

/// <summary>
/// Resolves paragraph style ids through the styles part. Style ids are unreliable ("berschrift1",
/// "a3", "Heading1Char"), so headings are recognised by style name and outline level, following
/// the basedOn chain.
/// </summary>
internal sealed partial class DocxStyles
{
    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);

    /// <summary>Indexes the styles part; a document without one has only direct formatting.</summary>
    public DocxStyles(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _byId.TryAdd(id, style);
            }
        }
    }

    [GeneratedRegex(@"^(?:heading|überschrift|titre|titolo|encabezado|kop)\s*(?<level>[1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();

    /// <summary>Heading level 1–6 for a heading style (levels 7–9 fold into 6), or null for body styles.</summary>
    public int? HeadingLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var match = HeadingName().Match(style.StyleName?.Val?.Value ?? string.Empty);
            if (match.Success)
            {
                return Math.Min(6, int.Parse(match.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }

            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int outline and < 9)
            {
                return Math.Min(6, outline + 1);
            }
        }

        return null;
    }

    /// <summary>True for the Title style (English or German name).</summary>
    public bool IsTitle(string? styleId)
        => Chain(styleId).Take(1).Any(s => s.StyleName?.Val?.Value is { } name && (name.Equals("Title", StringComparison.OrdinalIgnoreCase) || name.Equals("Titel", StringComparison.OrdinalIgnoreCase)));

    /// <summary>True for list paragraph styles ("List Bullet", "List Number", "Aufzählungszeichen"…).</summary>
    public bool IsListStyle(string? styleId)
        => Chain(styleId).Take(1).Any(s => s.StyleName?.Val?.Value is { } name
            && (name.StartsWith("List ", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Aufzählung", StringComparison.OrdinalIgnoreCase))
            && !name.Equals("List Paragraph", StringComparison.OrdinalIgnoreCase));

    /// <summary>The numbering instance a style applies, if any.</summary>
    public int? NumberingId(string? styleId)
        => Chain(styleId).Select(s => s.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value).FirstOrDefault(v => v is not null);

    /// <summary>The numbering level a style applies (0 when only the instance is given).</summary>
    public int NumberingLevel(string? styleId)
        => Chain(styleId).Select(s => s.StyleParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val?.Value).FirstOrDefault(v => v is not null) ?? 0;

    // The style and its ancestors; bounded because broken files can contain basedOn cycles.
    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < 10 && _byId.TryGetValue(styleId, out var style); depth++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
