namespace Edge.Knowledge.Retrieval;

/// <summary>BM25 scoring.</summary>
internal sealed partial class Bm25Index
{
    /// <summary>Term-frequency saturation (<see cref="Search.SearchOptions.Bm25K1"/>).</summary>
    private readonly double k1;

    /// <summary>Length normalisation: 0 ignores chunk length, 1 normalises fully (<see cref="Search.SearchOptions.Bm25B"/>).</summary>
    private readonly double b;

    /// <summary>An empty index scoring with the given BM25 parameters.</summary>
    public Bm25Index(double k1 = 1.2, double b = 0.35)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k1);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(b, 1.0);
        this.k1 = k1;
        this.b = b;
    }

    // Scratch space reused by every search (searches hold the lock): one accumulator per slot and the
    // list of slots touched, so clearing costs only what was used.
    private float[] scores = [];
    private int[] touched = [];

    /// <summary>The <paramref name="top"/> best chunks for the query; term weights multiply each term's BM25 share.</summary>
    /// <param name="query">Analysed query; terms absent from the index are ignored.</param>
    /// <param name="top">Maximum number of results.</param>
    /// <param name="filter">Optional chunk filter (collection, document); asked only for chunks that would make the list.</param>
    public IReadOnlyList<ScoredChunk> Search(QueryTerms query, int top, Func<int, bool>? filter = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        lock (gate)
        {
            var live = slotOfChunk.Count;
            if (live == 0)
            {
                return [];
            }

            if (scores.Length < slotCount)
            {
                scores = new float[chunkOfSlot.Length];
                touched = new int[chunkOfSlot.Length];
            }

            var averageLength = Math.Max(1.0, (double)totalLength / live);
            var touchedCount = 0;
            foreach (var (term, weight) in query.Terms)
            {
                if (weight > 0 && termIds.TryGetValue(term, out var id))
                {
                    touchedCount = ScoreTerm(postings[id].Entries, weight, live, averageLength, touchedCount);
                }
            }

            return Collect(touchedCount, top, filter);
        }
    }

    private int ScoreTerm(ReadOnlySpan<int> entries, float weight, int live, double averageLength, int touchedCount)
    {
        var frequency = deadSlots == 0 ? entries.Length : LiveCount(entries);
        if (frequency == 0)
        {
            return touchedCount;
        }

        var idf = Math.Log(1 + ((live - frequency + 0.5) / (frequency + 0.5)));
        var scale = (float)(weight * idf * (k1 + 1));
        var lengthFree = (float)(k1 * (1 - b));
        var perLength = (float)(k1 * b / averageLength);
        var lengths = lengthOfSlot;
        var accumulators = scores;
        foreach (var entry in entries)
        {
            var slot = PostingList.Slot(entry);
            var length = lengths[slot];
            if (length < 0)
            {
                continue;
            }

            float tf = PostingList.Frequency(entry);
            if (accumulators[slot] == 0)
            {
                touched[touchedCount++] = slot;
            }

            accumulators[slot] += scale * tf / (tf + lengthFree + (perLength * length));
        }

        return touchedCount;
    }

    private int LiveCount(ReadOnlySpan<int> entries)
    {
        var count = 0;
        foreach (var entry in entries)
        {
            if (lengthOfSlot[PostingList.Slot(entry)] >= 0)
            {
                count++;
            }
        }

        return count;
    }

    private ScoredChunk[] Collect(int touchedCount, int top, Func<int, bool>? filter)
    {
        var best = new TopK(top);
        try
        {
            for (var i = 0; i < touchedCount; i++)
            {
                var slot = touched[i];
                var chunkId = chunkOfSlot[slot];
                if (best.WouldAccept(scores[slot], chunkId) && (filter is null || filter(chunkId)))
                {
                    best.Offer(scores[slot], chunkId);
                }
            }
        }
        finally
        {
            for (var i = 0; i < touchedCount; i++)
            {
                scores[touched[i]] = 0;
            }
        }

        return best.ToSortedArray();
    }
}
