using System.Numerics.Tensors;

namespace Edge.Knowledge.Retrieval;

/// <summary>The scan.</summary>
internal sealed partial class VectorIndex
{
    /// <summary>The <paramref name="top"/> chunks most similar to <paramref name="query"/>, with cosine similarity as score.</summary>
    /// <param name="query">Query vector; normalised here, so any length works.</param>
    /// <param name="top">Maximum number of results.</param>
    /// <param name="filter">Optional chunk filter, asked only for chunks that would make the list.</param>
    public IReadOnlyList<ScoredChunk> Search(ReadOnlySpan<float> query, int top, Func<int, bool>? filter = null)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"Expected a query of {Dimensions} floats, got {query.Length}.", nameof(query));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var unit = query.ToArray();
        Normalise(unit);
        var best = new TopK(top);
        lock (gate)
        {
            var rows = rowOfChunk.Count;
            var all = data.AsSpan(0, rows * Dimensions);
            for (var row = 0; row < rows; row++)
            {
                var score = TensorPrimitives.Dot(all.Slice(row * Dimensions, Dimensions), unit);
                var chunkId = chunkOfRow[row];
                if (best.WouldAccept(score, chunkId) && (filter is null || filter(chunkId)))
                {
                    best.Offer(score, chunkId);
                }
            }
        }

        return best.ToSortedArray();
    }

    private static void Normalise(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0 && Math.Abs(norm - 1) > 1e-4f)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }
}
