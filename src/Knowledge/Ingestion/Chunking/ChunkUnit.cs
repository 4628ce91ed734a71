namespace Edge.Knowledge.Ingestion.Chunking;

/// <summary>
/// Blocks that belong together and should land in one chunk: one paragraph, a whole list (a
/// procedure), a whole table, or a code block — each with any safety notice or lead-in sentence
/// ("Proceed as follows:") that precedes it.
/// </summary>
internal sealed record ChunkUnit(BlockKind Kind, IReadOnlyList<DocumentBlock> Blocks)
{
    /// <summary>Words in all blocks of the unit.</summary>
    public int Words => Blocks.Sum(b => WordCounter.Count(b.Text));

    /// <summary>Groups a section's blocks into units.</summary>
    public static List<ChunkUnit> Group(IReadOnlyList<DocumentBlock> blocks)
    {
        var units = new List<ChunkUnit>();
        var pending = new List<DocumentBlock>();
        foreach (var block in blocks)
        {
            var last = units.Count > 0 ? units[^1] : null;
            // Steps of one procedure and rows of one table stay one unit, even with a notice between steps.
            if (last is not null && last.Kind == block.Kind && block.Kind is BlockKind.ListItem or BlockKind.TableRow)
            {
                units[^1] = last with { Blocks = [.. last.Blocks, .. pending, block] };
                pending.Clear();
                continue;
            }

            // A notice belongs to what follows it, and so does a sentence that introduces a list, table or code.
            if (block.Kind == BlockKind.Notice)
            {
                pending.Add(block);
                continue;
            }

            if (block.Kind is BlockKind.ListItem or BlockKind.TableRow or BlockKind.Code
                && pending.Count == 0 && last is { Kind: BlockKind.Paragraph, Blocks: [var intro] } && intro.Text.EndsWith(':'))
            {
                units[^1] = new ChunkUnit(block.Kind, [intro, block]);
                continue;
            }

            units.Add(new ChunkUnit(block.Kind, [.. pending, block]));
            pending.Clear();
        }

        if (pending.Count > 0)
        {
            // A trailing notice stays with the text before it.
            if (units.Count > 0)
            {
                units[^1] = units[^1] with { Blocks = [.. units[^1].Blocks, .. pending] };
            }
            else
            {
                units.Add(new ChunkUnit(BlockKind.Notice, [.. pending]));
            }
        }

        return units;
    }
}
