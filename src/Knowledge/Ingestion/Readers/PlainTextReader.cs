using Edge.Knowledge.Ingestion.Limits;

namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>
/// Reads .txt/.text/.log files: paragraphs split on blank lines, heading-like lines promoted to
/// headings (see <see cref="TextHeadings"/>), list lines, pipe/tab tables, indented code.
/// </summary>
internal sealed class PlainTextReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text", ".log"];

    /// <inheritdoc />
    public ParsedDocument Read(Stream content, string fileName, ReadBudget budget, CancellationToken cancellationToken = default)
    {
        var text = TextDecoder.Decode(content, fileName, budget, markupFactor: 1, cancellationToken);
        var isLog = fileName.EndsWith(".log", StringComparison.OrdinalIgnoreCase);
        var blocks = new BlockCollector(budget);
        foreach (var paragraph in SplitParagraphs(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddParagraph(blocks, paragraph, isLog);
        }

        return blocks.Build(null, Format, fileName);
    }

    private static IEnumerable<List<string>> SplitParagraphs(string text)
    {
        var current = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r', '\f'))
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    yield return current;
                    current = [];
                }

                continue;
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static void AddParagraph(BlockCollector blocks, List<string> lines, bool isLog)
    {
        var start = 0;
        // Setext-style headings: a line underlined with === or ---.
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (TextHeadings.UnderlineLevel(lines[i + 1]) is int level)
            {
                AddBody(blocks, lines[start..i], isLog);
                blocks.Add(BlockKind.Heading, lines[i], level);
                start = i + 2;
                i++;
            }
        }

        var rest = lines[start..];
        if (rest.Count > 0 && TextHeadings.LineLevel(rest[0]) is int headingLevel)
        {
            blocks.Add(BlockKind.Heading, rest[0], headingLevel);
            rest = rest[1..];
        }

        AddBody(blocks, rest, isLog);
    }

    private static void AddBody(BlockCollector blocks, List<string> lines, bool isLog)
    {
        if (lines.Count == 0)
        {
            return;
        }

        if (isLog || lines.All(l => l.StartsWith('\t') || l.StartsWith("    ", StringComparison.Ordinal)))
        {
            blocks.AddCode(string.Join('\n', lines));
        }
        else if (lines.Count >= 2 && lines.All(TextTables.IsRow))
        {
            foreach (var line in lines.Where(l => !TextTables.IsSeparator(l)))
            {
                blocks.Add(BlockKind.TableRow, TextTables.ToRow(line));
            }
        }
        else
        {
            AddTextLines(blocks, lines);
        }
    }

    // Lines that start with a list marker open a new item; other lines continue the current block.
    private static void AddTextLines(BlockCollector blocks, List<string> lines)
    {
        var current = new List<string>();
        var isItem = false;
        foreach (var line in lines.Select(l => l.Trim()))
        {
            if (ListMarkers.StartsItem(line))
            {
                Flush();
                isItem = true;
                current.Add(ListMarkers.Normalize(line));
            }
            else
            {
                current.Add(line);
            }
        }

        Flush();

        void Flush()
        {
            if (current.Count > 0)
            {
                blocks.Add(isItem ? BlockKind.ListItem : BlockKind.Paragraph, string.Join(' ', current));
            }

            current.Clear();
            isItem = false;
        }
    }
}
