using System.Text.RegularExpressions;

namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>
/// Marks hazard notices (WARNING, CAUTION, DANGER, ACHTUNG, VORSICHT, GEFAHR, WARNUNG) in any reader's
/// output, so chunking can keep a notice with the step it guards.
/// </summary>
internal static partial class SafetyNotices
{
    // Upper-case hazard word anywhere at the start, or any case when followed by ':' '!' or a dash:
    // "Warning lights flash" is running text, "Warning: hot surface" is a notice.
    [GeneratedRegex(@"^\W{0,3}(?:(?-i:WARNING|CAUTION|DANGER|ACHTUNG|VORSICHT|GEFAHR|WARNUNG)\b|(?:warning|caution|danger|achtung|vorsicht|gefahr|warnung)\s*[:!\u2013\u2014-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoticeStart();

    [GeneratedRegex(@"^\W{0,3}(?:warning|caution|danger|achtung|vorsicht|gefahr|warnung)\W{0,3}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HazardWordOnly();

    /// <summary>True when the text opens with a hazard word used as a notice label.</summary>
    public static bool StartsNotice(string text) => NoticeStart().IsMatch(text);

    /// <summary>True when the text is nothing but a hazard label, e.g. "WARNING" or "⚠ Achtung!".</summary>
    public static bool IsLabelOnly(string text) => HazardWordOnly().IsMatch(text.Trim());

    /// <summary>
    /// Turns paragraphs that open with a hazard word into notices, and folds a bare label ("WARNING",
    /// whether a reader saw it as heading or paragraph) into the text that follows it.
    /// </summary>
    public static List<DocumentBlock> Apply(IReadOnlyList<DocumentBlock> blocks)
    {
        var result = new List<DocumentBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind is BlockKind.Heading or BlockKind.Paragraph or BlockKind.Notice && IsLabelOnly(block.Text))
            {
                var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
                if (next is { Kind: BlockKind.Paragraph or BlockKind.ListItem or BlockKind.Notice })
                {
                    result.Add(new DocumentBlock(BlockKind.Notice, $"{block.Text} {next.Text}", 0, block.Page));
                    i++;
                    continue;
                }

                result.Add(block with { Kind = BlockKind.Notice, HeadingLevel = 0 });
                continue;
            }

            result.Add(block.Kind == BlockKind.Paragraph && StartsNotice(block.Text) ? block with { Kind = BlockKind.Notice } : block);
        }

        return result;
    }
}
