namespace Edge.Knowledge.Ingestion;

/// <summary>
/// A document reduced to the one shape every format reader produces: a title and an ordered list
/// of blocks. Chunking works on this shape only, so it never needs to know the source format.
/// </summary>
internal sealed record ParsedDocument(string Title, string Format, IReadOnlyList<DocumentBlock> Blocks)
{
    /// <summary>Number of pages for formats that have them (PDF); null for the others.</summary>
    public int? Pages { get; init; }
}

/// <summary>What a block is, as far as chunking and answering care.</summary>
internal enum BlockKind
{
    /// <summary>A heading; <see cref="DocumentBlock.HeadingLevel"/> says its depth (1 = chapter).</summary>
    Heading,
    /// <summary>Running text.</summary>
    Paragraph,
    /// <summary>One item of a bulleted or numbered list (numbering kept in the text, e.g. "3. Close the valve").</summary>
    ListItem,
    /// <summary>One table row, cells joined with " | "; the header row is a row like any other.</summary>
    TableRow,
    /// <summary>Preformatted text or code, kept verbatim.</summary>
    Code,
    /// <summary>A hazard notice: text opening with WARNING, CAUTION, DANGER, ACHTUNG, VORSICHT, GEFAHR or WARNUNG (not NOTE/Hinweis).</summary>
    Notice,
}

/// <summary>One block of a parsed document.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Text">Its text, whitespace-normalised, never empty.</param>
/// <param name="HeadingLevel">1–6 for headings, 0 for everything else.</param>
/// <param name="Page">1-based physical page for PDFs; null for other formats.</param>
internal sealed record DocumentBlock(BlockKind Kind, string Text, int HeadingLevel = 0, int? Page = null);
