using System.Runtime.InteropServices;

namespace Edge.Knowledge.Retrieval;

/// <summary>In-memory BM25 keyword index over chunk ids, rebuilt at start-up from the terms the store keeps.</summary>
/// <remarks>
/// Chunks live in slots; removing a chunk only marks its slot dead (length -1) so removal is O(1).
/// Searches skip dead postings, and once a quarter of the slots are dead they are compacted away.
/// All members are thread-safe; a search holds the lock for its few milliseconds.
/// </remarks>
internal sealed partial class Bm25Index
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<PostingList> postings = [];
    private readonly Dictionary<int, int> slotOfChunk = [];
    private readonly List<int> distinctTerms = [];
    private int[] frequencyOfTerm = new int[1024];
    private int[] chunkOfSlot = new int[1024];
    private int[] lengthOfSlot = new int[1024];
    private int slotCount;
    private int deadSlots;
    private long totalLength;

    /// <summary>Number of chunks in the index.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return slotOfChunk.Count;
            }
        }
    }

    /// <summary>Number of distinct terms ever added (terms of removed chunks stay until the index is rebuilt).</summary>
    public int TermCount
    {
        get
        {
            lock (gate)
            {
                return termIds.Count;
            }
        }
    }

    /// <summary>Every term ever added (terms of removed chunks stay until the index is rebuilt).</summary>
    public IReadOnlyList<string> Terms
    {
        get
        {
            lock (gate)
            {
                return [.. termIds.Keys];
            }
        }
    }

    /// <summary>Number of live chunks containing <paramref name="term"/>.</summary>
    public int DocumentFrequency(string term)
    {
        lock (gate)
        {
            if (!termIds.TryGetValue(term, out var id))
                return 0;
            var entries = postings[id].Entries;
            return deadSlots == 0 ? entries.Length : LiveCount(entries);
        }
    }

    /// <summary>Number of live chunks containing every one of <paramref name="terms"/> ("heater" and "cartridg" together).</summary>
    public int DocumentFrequency(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 1)
            return DocumentFrequency(terms[0]);
        lock (gate)
        {
            var lists = new List<PostingList>(terms.Count);
            foreach (var term in terms)
            {
                if (!termIds.TryGetValue(term, out var id))
                    return 0;
                lists.Add(postings[id]);
            }
            lists.Sort((a, b) => a.Count.CompareTo(b.Count));
            var common = new HashSet<int>();
            foreach (var entry in lists[0].Entries)
            {
                var slot = PostingList.Slot(entry);
                if (lengthOfSlot[slot] >= 0)
                    common.Add(slot);
            }
            foreach (var list in lists.Skip(1))
            {
                if (common.Count == 0)
                    break;
                var here = new HashSet<int>();
                foreach (var entry in list.Entries)
                    here.Add(PostingList.Slot(entry));
                common.IntersectWith(here);
            }
            return common.Count;
        }
    }

    /// <summary>Adds a chunk with its analysed terms (repeats count as term frequency); replaces it if present.</summary>
    public void Add(int chunkId, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        lock (gate)
        {
            RemoveLocked(chunkId);
            if (slotCount == chunkOfSlot.Length)
            {
                Array.Resize(ref chunkOfSlot, slotCount * 2);
                Array.Resize(ref lengthOfSlot, slotCount * 2);
            }

            var slot = slotCount++;
            if (slot > PostingList.MaxSlot)
            {
                throw new InvalidOperationException($"The keyword index holds at most {PostingList.MaxSlot} chunks.");
            }

            // Term frequencies are counted in an array indexed by term id (cleared as it is read),
            // which is what keeps a 100k-chunk rebuild at a few seconds.
            for (var i = 0; i < terms.Count; i++)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(termIds, terms[i], out var known);
                if (!known)
                {
                    id = postings.Count;
                    postings.Add(new PostingList());
                    if (id == frequencyOfTerm.Length)
                    {
                        Array.Resize(ref frequencyOfTerm, id * 2);
                    }
                }

                if (frequencyOfTerm[id]++ == 0)
                {
                    distinctTerms.Add(id);
                }
            }

            foreach (var id in distinctTerms)
            {
                postings[id].Add(slot, frequencyOfTerm[id]);
                frequencyOfTerm[id] = 0;
            }

            distinctTerms.Clear();

            chunkOfSlot[slot] = chunkId;
            lengthOfSlot[slot] = terms.Count;
            slotOfChunk[chunkId] = slot;
            totalLength += terms.Count;
            CompactIfWorthIt();
        }
    }

    /// <summary>Removes a chunk; returns false if it was not in the index.</summary>
    public bool Remove(int chunkId)
    {
        lock (gate)
        {
            var removed = RemoveLocked(chunkId);
            CompactIfWorthIt();
            return removed;
        }
    }

    /// <summary>True if the chunk is in the index.</summary>
    public bool Contains(int chunkId)
    {
        lock (gate)
        {
            return slotOfChunk.ContainsKey(chunkId);
        }
    }

    private bool RemoveLocked(int chunkId)
    {
        if (!slotOfChunk.Remove(chunkId, out var slot))
        {
            return false;
        }

        totalLength -= lengthOfSlot[slot];
        lengthOfSlot[slot] = -1;
        deadSlots++;
        return true;
    }
}
