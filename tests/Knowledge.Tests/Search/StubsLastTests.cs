using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Search;

namespace Edge.Knowledge.Tests.Search;

public sealed class StubsLastTests
{
    /// <summary>
    /// An index where chunk n is the only chunk of section n, except chunks 10 and 11 which share
    /// section 10; sections 1, 2 and 10 have subsections, section 3 has none.
    /// </summary>
    private static readonly SearchIndex Index = new(
        1, "test", new KeywordIndexes(), new VectorIndex(4), new VectorIndex(4),
        new Dictionary<int, ChunkPlace>
        {
            [1] = new("c", 1, "en"), [2] = new("c", 2, "en"), [3] = new("c", 3, "en"),
            [10] = new("c", 10, "en"), [11] = new("c", 10, "en"),
        },
        new Dictionary<int, int[]> { [1] = [1], [2] = [2], [3] = [3], [10] = [10, 11] },
        new HashSet<int> { 1, 2, 10 }, Edge.Knowledge.Retrieval.Dictionary.TranslationTable.Empty);

    private static SearchHit Hit(int chunkId, string section, string text) =>
        new("g-codes.md", "G-Codes", section, null, 0.5, text) { ChunkId = chunkId, SectionHeadings = [section] };

    private const string Intro = "The following command is available when a bltouch config section is enabled.";
    private const string Content = "Once the BL-Touch is in inconsistent state, it starts blinking red. Issue BLTOUCH_DEBUG COMMAND=reset to recover.";

    [Fact]
    public void Apply_OneSentenceSectionFirst_GoesAfterTheSectionWithContent()
    {
        var hits = new List<SearchHit> { Hit(1, "[bltouch]", Intro), Hit(2, "BL-Touch gone bad", Content), Hit(3, "Initial tests", Content) };

        StubsLast.Apply(hits, Index);

        Assert.Equal(["BL-Touch gone bad", "[bltouch]", "Initial tests"], hits.Select(h => h.Section));
    }

    [Fact]
    public void Apply_TwoStubsInARow_BothGoAfterTheContent()
    {
        var hits = new List<SearchHit> { Hit(1, "[bltouch]", Intro), Hit(2, "[probe]", Intro), Hit(3, "Initial tests", Content) };

        StubsLast.Apply(hits, Index);

        Assert.Equal(["Initial tests", "[bltouch]", "[probe]"], hits.Select(h => h.Section));
    }

    [Fact]
    public void IsStub_ShortFirstChunkOfALongerSection_IsNotAStub() =>
        Assert.False(StubsLast.IsStub(Hit(10, "Tuning", Intro), Index));

    [Fact]
    public void IsStub_OneSentenceSectionWithoutSubsections_IsContentNotAStub() =>
        Assert.False(StubsLast.IsStub(Hit(3, "Sealing", "Set the sealing jaw temperature to 145 °C for PE film."), Index));

    [Fact]
    public void IsStub_TwoSentences_IsNotAStub() =>
        Assert.False(StubsLast.IsStub(Hit(2, "Drive motor", "The drive motor is a 0.75 kW geared motor. The brake air gap is 0.3 mm."), Index));
}
