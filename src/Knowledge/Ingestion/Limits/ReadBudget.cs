using System.Globalization;
namespace Edge.Knowledge.Ingestion.Limits;

/// <summary>
/// What is left of the limits while one document is read: readers charge decompressed bytes,
/// characters, elements and pages to it, and it refuses the document, naming the limit's key, at the
/// first one that runs out. One budget per document; not thread-safe.
/// </summary>
internal sealed class ReadBudget(IngestionLimitsOptions limits)
{
    private const long Megabyte = 1024 * 1024;
    private long _expanded;
    private long _characters;
    private long _elements;

    /// <summary>The limits this budget enforces.</summary>
    public IngestionLimitsOptions Limits { get; } = limits;

    /// <summary>A budget with the default limits.</summary>
    public static ReadBudget Default() => new(new IngestionLimitsOptions());

    /// <summary>Largest decompressed size of one part, in bytes.</summary>
    public long MaxPartBytes => Limits.MaxExpandedMbPerPart * Megabyte;

    /// <summary>Charges the decompressed bytes of one part named <paramref name="part"/>.</summary>
    public void ChargeExpanded(string part, long bytes)
    {
        if (bytes > MaxPartBytes)
            throw PartTooLarge(part);
        _expanded += bytes;
        if (_expanded > Limits.MaxExpandedMbPerDocument * Megabyte)
            throw new DocumentReadException(string.Create(CultureInfo.InvariantCulture, $"too large: its compressed parts expand to more than {Limits.MaxExpandedMbPerDocument} MB (Knowledge:Limits:MaxExpandedMbPerDocument)"));
    }

    /// <summary>The refusal for a part that expands past <see cref="IngestionLimitsOptions.MaxExpandedMbPerPart"/>.</summary>
    public DocumentReadException PartTooLarge(string part) =>
        new(string.Create(CultureInfo.InvariantCulture, $"too large: {part} expands to more than {Limits.MaxExpandedMbPerPart} MB (Knowledge:Limits:MaxExpandedMbPerPart)"));

    /// <summary>Charges extracted characters.</summary>
    public void ChargeCharacters(long count)
    {
        _characters += count;
        if (_characters > Limits.MaxCharacters)
            throw TooManyCharacters();
    }

    /// <summary>The refusal for text past <see cref="IngestionLimitsOptions.MaxCharacters"/>.</summary>
    public DocumentReadException TooManyCharacters() =>
        new(string.Create(CultureInfo.InvariantCulture, $"too much text: more than {Limits.MaxCharacters:N0} characters (Knowledge:Limits:MaxCharacters)"));

    /// <summary>Charges elements (HTML elements, zip entries).</summary>
    public void ChargeElements(long count)
    {
        _elements += count;
        if (_elements > Limits.MaxElements)
            throw new DocumentReadException(string.Create(CultureInfo.InvariantCulture, $"too many elements: more than {Limits.MaxElements:N0} (Knowledge:Limits:MaxElements)"));
    }

    /// <summary>Refuses nesting deeper than <see cref="IngestionLimitsOptions.MaxNestingDepth"/>.</summary>
    public void CheckDepth(int depth)
    {
        if (depth > Limits.MaxNestingDepth)
            throw new DocumentReadException(string.Create(CultureInfo.InvariantCulture, $"nested too deeply: more than {Limits.MaxNestingDepth} levels (Knowledge:Limits:MaxNestingDepth)"));
    }

    /// <summary>The refusal for a PDF whose reader ran out of <see cref="IngestionLimitsOptions.MaxPdfMemoryMb"/>.</summary>
    public DocumentReadException NeedsTooMuchMemory() =>
        new(string.Create(CultureInfo.InvariantCulture, $"too large: reading it needs more than {Limits.MaxPdfMemoryMb} MB of memory (Knowledge:Limits:MaxPdfMemoryMb)"));

    /// <summary>Refuses a PDF with more than <see cref="IngestionLimitsOptions.MaxPages"/> pages.</summary>
    public void CheckPages(int pages)
    {
        if (pages > Limits.MaxPages)
            throw new DocumentReadException(string.Create(CultureInfo.InvariantCulture, $"too many pages: {pages:N0}, over {Limits.MaxPages:N0} (Knowledge:Limits:MaxPages)"));
    }
}
