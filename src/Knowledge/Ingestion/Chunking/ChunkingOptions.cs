namespace Edge.Knowledge.Ingestion.Chunking;

/// <summary>
/// Chunk sizes in words. Chunks aim for <see cref="TargetMinWords"/>–<see cref="TargetMaxWords"/>
/// (a passage a small embedding model and an extractive answer both handle well) and never exceed
/// <see cref="HardMaxWords"/> except for a single word longer than that, which cannot happen in practice.
/// </summary>
internal sealed record ChunkingOptions
{
    /// <summary>A chunk below this size takes the next unit even past the target maximum.</summary>
    public int TargetMinWords { get; init; } = 120;

    /// <summary>A chunk is closed before it grows past this size.</summary>
    public int TargetMaxWords { get; init; } = 220;

    /// <summary>No chunk is longer; longer lists, tables, code and paragraphs are split.</summary>
    public int HardMaxWords { get; init; } = 350;

    /// <summary>A section's last chunk this short joins the chunk before it when that stays under the hard maximum.</summary>
    public int TailMergeWords { get; init; } = 40;

    /// <summary>Throws when the sizes do not make sense together.</summary>
    public void Validate()
    {
        if (TargetMinWords < 1 || TargetMaxWords < TargetMinWords || HardMaxWords < TargetMaxWords)
        {
            throw new ArgumentException($"chunk sizes must satisfy 1 <= min ({TargetMinWords}) <= max ({TargetMaxWords}) <= hard max ({HardMaxWords})");
        }
    }
}
