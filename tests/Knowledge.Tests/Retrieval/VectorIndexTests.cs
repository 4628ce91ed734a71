using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Retrieval;

public sealed class VectorIndexTests
{
    private static float[] Unit(int dimensions, int hot) => [.. Enumerable.Range(0, dimensions).Select(i => i == hot ? 1f : 0f)];

    [Fact]
    public void Search_ReturnsMostSimilarFirstWithCosineScores()
    {
        var index = new VectorIndex(3);
        index.Add(1, [1f, 0f, 0f]);
        index.Add(2, [0.6f, 0.8f, 0f]);
        index.Add(3, [0f, 0f, 1f]);

        var hits = index.Search([1f, 0f, 0f], 3);

        Assert.Equal([1, 2, 3], hits.Select(h => h.ChunkId));
        Assert.Equal(1.0, hits[0].Score, 1e-6);
        Assert.Equal(0.6, hits[1].Score, 1e-6);
        Assert.Equal(0.0, hits[2].Score, 1e-6);
    }

    [Fact]
    public void Add_UnnormalisedVector_IsNormalised()
    {
        var index = new VectorIndex(2);
        index.Add(1, [3f, 4f]);
        Assert.Equal(0.6, index.Search([10f, 0f], 1)[0].Score, 1e-6);
    }

    [Fact]
    public void Remove_SwapsLastRowIntoTheHole()
    {
        var index = new VectorIndex(4, capacity: 1);
        for (var i = 0; i < 4; i++)
        {
            index.Add(i, Unit(4, i));
        }

        Assert.True(index.Remove(1));
        Assert.False(index.Remove(1));
        Assert.Equal(3, index.Count);
        Assert.Equal(3, index.Search(Unit(4, 3), 1)[0].ChunkId);
        Assert.DoesNotContain(1, index.Search(Unit(4, 1), 10).Where(h => h.Score > 0.5).Select(h => h.ChunkId));

        index.Add(1, Unit(4, 1));
        Assert.Equal(1, index.Search(Unit(4, 1), 1)[0].ChunkId);
    }

    [Fact]
    public void Add_ExistingChunk_ReplacesVector()
    {
        var index = new VectorIndex(2);
        index.Add(7, [1f, 0f]);
        index.Add(7, [0f, 1f]);
        Assert.Equal(1, index.Count);
        Assert.Equal(1.0, index.Search([0f, 1f], 1)[0].Score, 1e-6);
    }

    [Fact]
    public void Search_Filter_SkipsExcludedChunks()
    {
        var index = new VectorIndex(2);
        index.Add(1, [1f, 0f]);
        index.Add(2, [0.9f, 0.1f]);
        index.Add(3, [0f, 1f]);
        Assert.Equal([2, 3], index.Search([1f, 0f], 2, id => id != 1).Select(h => h.ChunkId));
    }

    [Fact]
    public void Add_WrongLength_Throws() => Assert.Throws<ArgumentException>(() => new VectorIndex(3).Add(1, [1f, 2f]));

    [Fact]
    public void PackUnpack_RoundTripsExactly()
    {
        float[] vector = [0f, -1.5f, 3.1415927f, float.Epsilon, float.MaxValue, -0f, 1e-30f];
        var bytes = VectorPacking.Pack(vector);
        Assert.Equal(vector.Length * 4, bytes.Length);
        Assert.Equal(vector, VectorPacking.Unpack(bytes));
    }

    [Fact]
    public void Pack_IsLittleEndianFloat32() => Assert.Equal([0x00, 0x00, 0x80, 0x3F], VectorPacking.Pack([1f]));

    [Fact]
    public void Unpack_LengthNotMultipleOfFour_Throws() => Assert.Throws<ArgumentException>(() => VectorPacking.Unpack([1, 2, 3]));
}
