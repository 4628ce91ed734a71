using System.Globalization;

namespace Edge.Knowledge.Ingestion.Chunking;

/// <summary>The content blocks under one heading (not including deeper headings) and the heading path above them.</summary>
internal sealed record DocumentSection(IReadOnlyList<string> Path, IReadOnlyList<DocumentBlock> Blocks);

/// <summary>Cuts a parsed document into sections at every heading.</summary>
internal static class DocumentSections
{
    /// <summary>
    /// Sections in document order; sections with no content (a heading directly followed by another)
    /// are left out. A level-1 heading equal to the document title is dropped from paths that have
    /// a deeper heading below it: it repeats the citation's document title and lengthens every path.
    /// The most specific heading is always kept.
    /// </summary>
    public static List<DocumentSection> Split(ParsedDocument document)
    {
        var sections = new List<DocumentSection>();
        var trail = new List<(int Level, string Text)>();
        var blocks = new List<DocumentBlock>();
        foreach (var block in document.Blocks)
        {
            if (block.Kind != BlockKind.Heading)
            {
                blocks.Add(block);
                continue;
            }

            Close();
            trail.RemoveAll(h => h.Level >= block.HeadingLevel);
            trail.Add((block.HeadingLevel, block.Text));
        }

        Close();
        return sections;

        void Close()
        {
            if (blocks.Count > 0)
            {
                sections.Add(new DocumentSection(PathOf(trail, document.Title), [.. blocks]));
                blocks.Clear();
            }
        }
    }

    private static List<string> PathOf(List<(int Level, string Text)> trail, string title)
    {
        var path = trail.Select(h => h.Text).ToList();
        if (path.Count > 1 && trail[0].Level == 1 && string.Compare(path[0], title, CultureInfo.InvariantCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreSymbols) == 0)
        {
            path.RemoveAt(0);
        }

        return path;
    }
}
