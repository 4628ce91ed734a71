using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Retrieval;

public sealed class Bm25IndexTests
{
    private static QueryTerms Query(params string[] terms) => new([.. terms.Select(t => new WeightedTerm(t, 1f))], [], "en");

    private static Bm25Index Build(params string[][] chunks) => BuildWith(new Bm25Index(), chunks);

    private static Bm25Index BuildWith(Bm25Index index, params string[][] chunks)
    {
        for (var i = 0; i < chunks.Length; i++)
        {
            index.Add(i + 1, chunks[i]);
        }

        return index;
    }

    [Fact]
    public void DocumentFrequency_OfSeveralTerms_CountsChunksHavingAllOfThem()
    {
        var index = Build(["heater", "cartridg"], ["heater", "fan"], ["cartridg", "filter"], ["heater", "cartridg", "wire"]);

        Assert.Equal(2, index.DocumentFrequency(["heater", "cartridg"]));
        Assert.Equal(3, index.DocumentFrequency(["heater"]));
        Assert.Equal(0, index.DocumentFrequency(["fan", "filter"]));
        Assert.Equal(0, index.DocumentFrequency(["heater", "nozzl"]));
    }

    [Fact]
    public void DocumentFrequency_OfSeveralTerms_SkipsRemovedChunks()
    {
        var index = Build(["heater", "cartridg"], ["heater", "cartridg"]);
        index.Remove(1);

        Assert.Equal(1, index.DocumentFrequency(["heater", "cartridg"]));
    }

    [Fact]
    public void Search_HigherTermFrequency_RanksHigher()
    {
        var index = Build(["belt", "spindl", "motor"], ["belt", "belt", "spindl", "motor"], ["coolant", "pump", "tank"]);
        Assert.Equal([2, 1], index.Search(Query("belt"), 10).Select(h => h.ChunkId));
    }

    [Fact]
    public void Search_RareTerm_OutweighsCommonTerm()
    {
        var index = Build(["spindl", "belt"], ["spindl", "alarm"], ["spindl", "motor"], ["spindl", "fan"]);
        var hits = index.Search(Query("spindl", "alarm"), 10);
        Assert.Equal(2, hits[0].ChunkId);
        Assert.True(hits[0].Score > 2 * hits[1].Score);
    }

    [Fact]
    public void Search_WithoutLengthNormalisation_ScoresLongAndShortChunkAlike()
    {
        var index = BuildWith(new Bm25Index(k1: 1.2, b: 0), ["nozzl", "clog", "a", "b", "c", "d", "e", "f"], ["nozzl", "clog"]);
        var hits = index.Search(Query("nozzl"), 10);
        Assert.Equal(2, hits.Count);
        Assert.Equal(hits[0].Score, hits[1].Score, 5);
    }

    [Theory]
    [InlineData(-0.1, 0.35)]
    [InlineData(1.2, 1.5)]
    public void Parameters_OutOfRange_AreRefused(double k1, double b) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new Bm25Index(k1, b));

    [Fact]
    public void Search_ShorterChunkWithSameMatch_RanksHigher()
    {
        var index = Build(["nozzl", "clog", "a", "b", "c", "d", "e", "f"], ["nozzl", "clog"]);
        Assert.Equal([2, 1], index.Search(Query("nozzl"), 10).Select(h => h.ChunkId));
    }

    [Fact]
    public void Search_TermWeight_MultipliesScore()
    {
        var index = Build(["belt"], ["pump"], ["fan"]);
        var plain = index.Search(Query("belt"), 1)[0].Score;
        var weighted = index.Search(new QueryTerms([new WeightedTerm("belt", 3f)], [], "en"), 1)[0].Score;
        Assert.Equal(3 * plain, weighted, 1e-5);
    }

    [Fact]
    public void Search_UnknownTermsOnly_ReturnsNothing() => Assert.Empty(Build(["belt"]).Search(Query("zzz"), 5));

    [Fact]
    public void Search_Top_LimitsResultsBestFirst()
    {
        var index = new Bm25Index();
        for (var i = 1; i <= 50; i++)
        {
            index.Add(i, [.. Enumerable.Repeat("belt", i % 7 + 1), "x" + i]);
        }

        var hits = index.Search(Query("belt"), 5);
        Assert.Equal(5, hits.Count);
        Assert.True(hits.Zip(hits.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }

    [Fact]
    public void Search_Filter_ExcludesChunksButStillFillsTop()
    {
        var index = Build(["belt"], ["belt"], ["belt"], ["belt"]);
        var hits = index.Search(Query("belt"), 2, id => id % 2 == 0);
        Assert.Equal([2, 4], hits.Select(h => h.ChunkId).Order());
    }

    [Fact]
    public void Remove_Chunk_DisappearsFromResultsAndCount()
    {
        var index = Build(["belt"], ["belt", "pump"]);
        Assert.True(index.Remove(1));
        Assert.False(index.Remove(1));
        Assert.Equal(1, index.Count);
        Assert.Equal([2], index.Search(Query("belt"), 10).Select(h => h.ChunkId));
    }

    [Fact]
    public void Add_ExistingChunk_ReplacesItsTerms()
    {
        var index = Build(["belt"], ["pump"]);
        index.Add(1, ["fan"]);
        Assert.Equal(2, index.Count);
        Assert.Empty(index.Search(Query("belt"), 10));
        Assert.Equal([1], index.Search(Query("fan"), 10).Select(h => h.ChunkId));
    }

    [Fact]
    public void RemoveAndReAdd_GivesSameScoresAsFreshIndex()
    {
        var index = Build(["belt", "spindl"], ["belt"], ["pump"]);
        index.Remove(2);
        index.Remove(3);
        index.Add(3, ["pump"]);
        index.Add(2, ["belt"]);
        var fresh = Build(["belt", "spindl"], ["belt"], ["pump"]);
        Assert.Equal(fresh.Search(Query("belt", "spindl"), 10), index.Search(Query("belt", "spindl"), 10));
    }

    [Fact]
    public void Remove_ManyChunks_CompactsAndKeepsResultsExact()
    {
        var index = new Bm25Index();
        var fresh = new Bm25Index();
        for (var i = 0; i < 5000; i++)
        {
            string[] terms = [$"t{i % 13}", $"t{i % 7}", "common"];
            index.Add(i, terms);
            if (i % 3 != 0)
            {
                fresh.Add(i, terms);
            }
        }

        for (var i = 0; i < 5000; i += 3)
        {
            index.Remove(i);
        }

        Assert.Equal(fresh.Count, index.Count);
        var query = Query("t5", "t3", "common");
        Assert.Equal(fresh.Search(query, 20), index.Search(query, 20));
    }

    [Fact]
    public void Add_SameChunksRepeatedly_StaysExactAfterCompaction()
    {
        var index = new Bm25Index();
        for (var round = 0; round < 5; round++)
        {
            for (var i = 0; i < 1000; i++)
            {
                index.Add(i, [$"t{(i + round) % 11}", "common"]);
            }
        }

        var fresh = new Bm25Index();
        for (var i = 0; i < 1000; i++)
        {
            fresh.Add(i, [$"t{(i + 4) % 11}", "common"]);
        }

        Assert.Equal(1000, index.Count);
        Assert.Equal(fresh.Search(Query("t3", "common"), 15), index.Search(Query("t3", "common"), 15));
    }
}
