namespace Edge.Knowledge.Retrieval;

/// <summary>The chunks containing one term: packed (slot &lt;&lt; 8 | term frequency) integers in a growable array.</summary>
/// <remarks>
/// One int per posting keeps a 100k-chunk index compact and the scoring loop on sequential memory.
/// Term frequency is capped at 255: BM25 saturates long before that (k1 = 1.2).
/// </remarks>
internal sealed class PostingList
{
    /// <summary>Highest slot number a posting can hold (23 bits).</summary>
    public const int MaxSlot = (1 << 23) - 1;

    private int[] entries = new int[4];

    /// <summary>Number of postings, live and dead.</summary>
    public int Count { get; private set; }

    /// <summary>The postings, valid up to <see cref="Count"/>.</summary>
    public ReadOnlySpan<int> Entries => entries.AsSpan(0, Count);

    /// <summary>Appends a posting.</summary>
    public void Add(int slot, int frequency)
    {
        if (Count == entries.Length)
        {
            Array.Resize(ref entries, entries.Length * 2);
        }

        entries[Count++] = Pack(slot, frequency);
    }

    /// <summary>Keeps only postings whose slot maps to a new slot (≥ 0), renumbered; shrinks the array.</summary>
    public void Remap(ReadOnlySpan<int> newSlots)
    {
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            var slot = newSlots[Slot(entries[i])];
            if (slot >= 0)
            {
                entries[kept++] = Pack(slot, Frequency(entries[i]));
            }
        }

        Count = kept;
        if (entries.Length > 8 && kept < entries.Length / 4)
        {
            Array.Resize(ref entries, Math.Max(4, kept * 2));
        }
    }

    /// <summary>The slot of a packed posting.</summary>
    public static int Slot(int entry) => entry >>> 8;

    /// <summary>The term frequency of a packed posting.</summary>
    public static int Frequency(int entry) => entry & 0xFF;

    private static int Pack(int slot, int frequency) => (slot << 8) | Math.Min(frequency, 255);
}
