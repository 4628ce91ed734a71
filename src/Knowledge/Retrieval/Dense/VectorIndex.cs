namespace Edge.Knowledge.Retrieval;

/// <summary>In-memory exact nearest-neighbour search over unit vectors (cosine = dot product).</summary>
/// <remarks>
/// All vectors sit in one contiguous float array, row by row, so a search is a sequential scan with
/// SIMD dot products: 100k × 384 is about 150 MB of memory read, tens of milliseconds on one core,
/// with no approximation to explain away. Removal moves the last row into the hole (swap-remove).
/// Thread-safe; a search holds the lock while it scans.
/// </remarks>
internal sealed partial class VectorIndex
{
    private readonly Lock gate = new();
    private readonly Dictionary<int, int> rowOfChunk = [];
    private float[] data;
    private int[] chunkOfRow;

    /// <summary>Creates an index for vectors of <paramref name="dimensions"/> floats, with room for <paramref name="capacity"/> rows.</summary>
    public VectorIndex(int dimensions, int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        Dimensions = dimensions;
        capacity = Math.Max(capacity, 16);
        if ((long)capacity * dimensions > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), $"{capacity} vectors of {dimensions} floats do not fit one array.");
        }

        data = new float[capacity * dimensions];
        chunkOfRow = new int[capacity];
    }

    /// <summary>Length of every vector.</summary>
    public int Dimensions { get; }

    /// <summary>Number of vectors.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return rowOfChunk.Count;
            }
        }
    }

    /// <summary>Adds or replaces the vector of a chunk; it is normalised to unit length if it is not already.</summary>
    public void Add(int chunkId, ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"Expected a vector of {Dimensions} floats, got {vector.Length}.", nameof(vector));
        }

        lock (gate)
        {
            if (!rowOfChunk.TryGetValue(chunkId, out var row))
            {
                row = rowOfChunk.Count;
                if (row == chunkOfRow.Length)
                {
                    Grow();
                }

                rowOfChunk[chunkId] = row;
                chunkOfRow[row] = chunkId;
            }

            var target = data.AsSpan(row * Dimensions, Dimensions);
            vector.CopyTo(target);
            Normalise(target);
        }
    }

    /// <summary>Removes the vector of a chunk; returns false if there was none.</summary>
    public bool Remove(int chunkId)
    {
        lock (gate)
        {
            if (!rowOfChunk.Remove(chunkId, out var row))
            {
                return false;
            }

            var last = rowOfChunk.Count;
            if (row != last)
            {
                data.AsSpan(last * Dimensions, Dimensions).CopyTo(data.AsSpan(row * Dimensions, Dimensions));
                chunkOfRow[row] = chunkOfRow[last];
                rowOfChunk[chunkOfRow[row]] = row;
            }

            return true;
        }
    }

    private void Grow()
    {
        var capacity = chunkOfRow.Length * 2;
        if ((long)capacity * Dimensions > Array.MaxLength)
        {
            throw new InvalidOperationException($"The vector index cannot hold more than {chunkOfRow.Length} vectors of {Dimensions} floats.");
        }

        Array.Resize(ref data, capacity * Dimensions);
        Array.Resize(ref chunkOfRow, capacity);
    }
}
