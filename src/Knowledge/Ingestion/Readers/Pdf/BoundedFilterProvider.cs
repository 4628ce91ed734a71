using System.IO.Compression;
using Edge.Knowledge.Ingestion.Limits;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Edge.Knowledge.Ingestion.Readers.Pdf;

/// <summary>
/// PdfPig's stream filters, each behind a check of what its stream expands to. A Flate or
/// RunLength stream is first measured into a counter, so a stream that inflates past
/// <see cref="IngestionLimitsOptions.MaxExpandedMbPerPart"/> is refused before anything is
/// allocated; every decoded stream is charged to the document's budget. PdfPig may swallow an
/// exception thrown from a filter while it parses leniently, so the first refusal is also kept in
/// <see cref="Refusal"/> and every later stream is refused outright.
/// </summary>
internal sealed class BoundedFilterProvider(ReadBudget budget) : IFilterProvider
{
    private readonly Dictionary<IFilter, IFilter> _wrapped = new(ReferenceEqualityComparer.Instance);

    /// <summary>The first refusal, if any stream was over the budget.</summary>
    public DocumentReadException? Refusal { get; private set; }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(DefaultFilterProvider.Instance.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(DefaultFilterProvider.Instance.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(DefaultFilterProvider.Instance.GetAllFilters());

    private List<IFilter> Wrap(IReadOnlyList<IFilter> filters)
    {
        lock (_wrapped)
            return [.. filters.Select(f => _wrapped.TryGetValue(f, out var w) ? w : _wrapped[f] = new BoundedFilter(f, this))];
    }

    private Memory<byte> Decode(IFilter inner, Memory<byte> input, DictionaryToken dictionary, IFilterProvider provider, int index)
    {
        if (Refusal is not null)
            throw Refusal;
        try
        {
            var measured = inner switch
            {
                FlateFilter => InflatedLength(input),
                RunLengthFilter => RunLength(input.Span),
                _ => 0,
            };
            if (measured > budget.MaxPartBytes)
                throw budget.PartTooLarge("a PDF stream");
            var decoded = inner.Decode(input, dictionary, provider, index);
            budget.ChargeExpanded("a PDF stream", decoded.Length);
            return decoded;
        }
        catch (DocumentReadException refused)
        {
            Refusal ??= refused;
            throw;
        }
    }

    // Counts inflated bytes without keeping them; a damaged stream counts up to the damage.
    private long InflatedLength(Memory<byte> input)
    {
        if (input.Length < 2)
            return 0;
        using var compressed = new MemoryStream(input[2..].ToArray(), writable: false);
        using var inflater = new DeflateStream(compressed, CompressionMode.Decompress);
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > budget.MaxPartBytes)
                    break;
            }
        }
        catch (InvalidDataException)
        {
            // PdfPig keeps what inflated before the damage; so does the count.
        }
        return total;
    }

    // RunLength (PDF 32000 §7.4.5): a length byte n < 128 copies n + 1 bytes, n > 128 repeats one byte 257 - n times.
    private static long RunLength(ReadOnlySpan<byte> input)
    {
        long total = 0;
        var i = 0;
        while (i < input.Length && input[i] != 128)
        {
            var n = input[i];
            total += n < 128 ? n + 1 : 257 - n;
            i += n < 128 ? n + 2 : 2;
        }
        return total;
    }

    private sealed class BoundedFilter(IFilter inner, BoundedFilterProvider owner) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex) =>
            owner.Decode(inner, input, streamDictionary, filterProvider, filterIndex);
    }
}
