using Edge.Knowledge.Ingestion.Limits;

namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>
/// Collects cleaned blocks for one document and turns them into a <see cref="ParsedDocument"/>;
/// every character kept is charged to the document's <see cref="ReadBudget"/>.
/// </summary>
internal sealed class BlockCollector(ReadBudget budget)
{
    private readonly List<DocumentBlock> _blocks = [];

    /// <summary>The budget of the document being collected.</summary>
    public ReadBudget Budget => budget;

    /// <summary>Blocks collected so far.</summary>
    public IReadOnlyList<DocumentBlock> Blocks => _blocks;

    /// <summary>Adds a block with whitespace-normalised text; empty text is dropped.</summary>
    public void Add(BlockKind kind, string? text, int headingLevel = 0, int? page = null)
    {
        var clean = TextCleaner.Clean(text);
        if (clean.Length > 0)
        {
            budget.ChargeCharacters(clean.Length);
            _blocks.Add(new DocumentBlock(kind, clean, kind == BlockKind.Heading ? Math.Clamp(headingLevel, 1, 6) : 0, page));
        }
    }

    /// <summary>Adds a code block, keeping its lines.</summary>
    public void AddCode(string? text, int? page = null)
    {
        var verbatim = TextCleaner.CleanVerbatim(text);
        if (verbatim.Trim().Length > 0)
        {
            budget.ChargeCharacters(verbatim.Length);
            _blocks.Add(new DocumentBlock(BlockKind.Code, verbatim, 0, page));
        }
    }

    /// <summary>
    /// Finishes the document: marks safety notices and picks the title (the given one, else the first
    /// level-1 heading, else the file name). A document without any text is a read error.
    /// </summary>
    public ParsedDocument Build(string? title, string format, string fileName)
    {
        if (_blocks.Count == 0)
        {
            throw new DocumentReadException($"no text: {fileName} contains no readable text");
        }

        var blocks = SafetyNotices.Apply(_blocks);
        var chosen = TextCleaner.Clean(title);
        if (chosen.Length == 0)
        {
            chosen = blocks.FirstOrDefault(b => b is { Kind: BlockKind.Heading, HeadingLevel: 1 })?.Text
                ?? Path.GetFileNameWithoutExtension(fileName);
        }

        return new ParsedDocument(chosen, format, blocks);
    }
}
