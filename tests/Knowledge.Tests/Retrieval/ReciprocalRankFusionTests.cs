using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Retrieval;

public sealed class ReciprocalRankFusionTests
{
    private static ScoredChunk[] Ranking(params int[] ids) => [.. ids.Select((id, i) => new ScoredChunk(id, 100 - i))];

    [Fact]
    public void Fuse_ChunkGoodInBothRankings_BeatsChunkTopInOne()
    {
        var fused = ReciprocalRankFusion.Fuse([Ranking(1, 2, 3), Ranking(4, 2, 5)]);
        Assert.Equal(2, fused[0].ChunkId);
        Assert.Equal((1.0 / 62) * 2, fused[0].Score, 1e-12);
    }

    [Fact]
    public void Fuse_Ties_GoToBetterSingleRankThenLowerId()
    {
        var fused = ReciprocalRankFusion.Fuse([Ranking(7, 3), Ranking(5, 9)]);
        Assert.Equal([5, 7, 3, 9], fused.Select(h => h.ChunkId));
    }

    [Fact]
    public void Fuse_Weights_FavourTheWeightedRanking()
    {
        var fused = ReciprocalRankFusion.Fuse([Ranking(1, 2), Ranking(2, 1)], weights: [1.0, 2.0]);
        Assert.Equal([2, 1], fused.Select(h => h.ChunkId));
    }

    [Fact]
    public void Fuse_SmallK_SharpensTheHeadOfEachRanking()
    {
        var fused = ReciprocalRankFusion.Fuse([Ranking(1, 2, 3)], k: 0);
        Assert.Equal([1.0, 0.5, 1.0 / 3], fused.Select(h => h.Score));
    }

    [Fact]
    public void Fuse_NoRankings_IsEmpty() => Assert.Empty(ReciprocalRankFusion.Fuse([]));

    [Fact]
    public void Fuse_WrongNumberOfWeights_Throws() =>
        Assert.Throws<ArgumentException>(() => ReciprocalRankFusion.Fuse([Ranking(1)], weights: [1.0, 2.0]));
}
