namespace Edge.Knowledge.Ingestion.Chunking;

/// <summary>
/// Cuts a parsed document into chunk drafts. A chunk never spans two sections; inside a section,
/// units (paragraph, whole list, whole table, code block, each with its notice) are packed up to the
/// target size, and only units longer than the hard maximum are split (see <see cref="OversizeUnitSplitter"/>).
/// </summary>
internal sealed class Chunker
{
    private readonly ChunkingOptions _options;

    /// <summary>Creates a chunker; null options mean the defaults.</summary>
    public Chunker(ChunkingOptions? options = null)
    {
        _options = options ?? new ChunkingOptions();
        _options.Validate();
    }

    /// <summary>Chunk drafts in document order, numbered from 0.</summary>
    public IReadOnlyList<ChunkDraft> Chunk(ParsedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var drafts = new List<ChunkDraft>();
        foreach (var section in DocumentSections.Split(document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var pieces in Pack(section.Blocks))
            {
                drafts.Add(new ChunkDraft(drafts.Count, section.Path, pieces[0].Page, string.Join('\n', pieces.Select(p => p.Text))));
            }
        }

        return drafts;
    }

    private List<List<ChunkPiece>> Pack(IReadOnlyList<DocumentBlock> blocks)
    {
        var chunks = new List<List<ChunkPiece>>();
        var current = new List<ChunkPiece>();
        var words = 0;
        foreach (var unit in ChunkUnit.Group(blocks))
        {
            var pieces = unit.Words > _options.HardMaxWords
                ? OversizeUnitSplitter.Split(unit, _options.TargetMaxWords)
                : [new ChunkPiece(string.Join('\n', unit.Blocks.Select(b => b.Text)), unit.Words, unit.Blocks[0].Page)];
            foreach (var piece in pieces)
            {
                var fitsTarget = words + piece.Words <= _options.TargetMaxWords;
                var tooSmallToClose = words < _options.TargetMinWords && words + piece.Words <= _options.HardMaxWords;
                if (current.Count > 0 && !fitsTarget && !tooSmallToClose)
                {
                    chunks.Add(current);
                    current = [];
                    words = 0;
                }

                current.Add(piece);
                words += piece.Words;
            }
        }

        if (current.Count > 0)
        {
            // A short tail reads better with the text before it than as a fragment of its own.
            if (chunks.Count > 0 && words <= _options.TailMergeWords && chunks[^1].Sum(p => p.Words) + words <= _options.HardMaxWords)
            {
                chunks[^1].AddRange(current);
            }
            else
            {
                chunks.Add(current);
            }
        }

        return chunks;
    }
}
