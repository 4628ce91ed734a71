namespace Edge.Knowledge.Retrieval;

/// <summary>Keeps the best <c>k</c> (score, chunk id) pairs seen so far in a small min-heap.</summary>
/// <remarks>
/// Retrievers score tens of thousands of candidates per query and keep ten; a heap of size k avoids
/// sorting every candidate. Ties go to the lower chunk id so results are deterministic.
/// </remarks>
internal sealed class TopK
{
    private readonly double[] scores;
    private readonly int[] ids;

    /// <summary>Creates a collector for at most <paramref name="k"/> entries.</summary>
    public TopK(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        scores = new double[k];
        ids = new int[k];
    }

    /// <summary>Number of entries held.</summary>
    public int Count { get; private set; }

    /// <summary>True when an entry with this score and id would enter the heap.</summary>
    public bool WouldAccept(double score, int id) =>
        Count < scores.Length || Better(score, id, scores[0], ids[0]);

    /// <summary>Offers an entry; it is kept if it is among the best k so far.</summary>
    public void Offer(double score, int id)
    {
        if (Count < scores.Length)
        {
            scores[Count] = score;
            ids[Count] = id;
            SiftUp(Count++);
        }
        else if (Better(score, id, scores[0], ids[0]))
        {
            scores[0] = score;
            ids[0] = id;
            SiftDown(0);
        }
    }

    /// <summary>The kept entries, best first.</summary>
    public ScoredChunk[] ToSortedArray()
    {
        var result = new ScoredChunk[Count];
        for (var i = 0; i < Count; i++)
        {
            result[i] = new ScoredChunk(ids[i], scores[i]);
        }

        Array.Sort(result, static (a, b) => Better(a.Score, a.ChunkId, b.Score, b.ChunkId) ? -1 : a == b ? 0 : 1);
        return result;
    }

    private static bool Better(double score, int id, double otherScore, int otherId) =>
        score > otherScore || (score == otherScore && id < otherId);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Better(scores[parent], ids[parent], scores[i], ids[i]))
            {
                break;
            }

            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var worst = i;
            var left = (2 * i) + 1;
            var right = left + 1;
            if (left < Count && Better(scores[worst], ids[worst], scores[left], ids[left]))
            {
                worst = left;
            }

            if (right < Count && Better(scores[worst], ids[worst], scores[right], ids[right]))
            {
                worst = right;
            }

            if (worst == i)
            {
                return;
            }

            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (scores[a], scores[b]) = (scores[b], scores[a]);
        (ids[a], ids[b]) = (ids[b], ids[a]);
    }
}
