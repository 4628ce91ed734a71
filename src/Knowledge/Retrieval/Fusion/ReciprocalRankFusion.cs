namespace Edge.Knowledge.Retrieval;

/// <summary>Merges rankings from different retrievers by rank, not by their incomparable scores.</summary>
/// <remarks>
/// BM25 scores and cosine similarities live on different scales; reciprocal rank fusion
/// (score = Σ weight / (k + rank)) needs no calibration and rewards chunks that rank well in both.
/// </remarks>
internal static class ReciprocalRankFusion
{
    /// <summary>Fuses the rankings (each best first) into one, best first; ties keep the better single rank, then the lower id.</summary>
    /// <param name="rankings">One ranking per retriever.</param>
    /// <param name="k">Damping constant; 60 is the value from the original paper.</param>
    /// <param name="weights">Optional weight per ranking (default 1 each).</param>
    public static IReadOnlyList<ScoredChunk> Fuse(IReadOnlyList<IReadOnlyList<ScoredChunk>> rankings, int k = 60, IReadOnlyList<double>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (weights is not null && weights.Count != rankings.Count)
        {
            throw new ArgumentException($"Expected {rankings.Count} weights, got {weights.Count}.", nameof(weights));
        }

        var fused = new Dictionary<int, (double Score, int BestRank)>();
        for (var list = 0; list < rankings.Count; list++)
        {
            var weight = weights?[list] ?? 1.0;
            var ranking = rankings[list];
            for (var rank = 1; rank <= ranking.Count; rank++)
            {
                var chunkId = ranking[rank - 1].ChunkId;
                var (score, bestRank) = fused.GetValueOrDefault(chunkId, (0.0, int.MaxValue));
                fused[chunkId] = (score + (weight / (k + rank)), Math.Min(bestRank, rank));
            }
        }

        return [.. fused
            .OrderByDescending(pair => pair.Value.Score)
            .ThenBy(pair => pair.Value.BestRank)
            .ThenBy(pair => pair.Key)
            .Select(pair => new ScoredChunk(pair.Key, pair.Value.Score))];
    }
}
