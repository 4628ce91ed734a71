using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.Search;

[Collection(SampleKnowledgeCollection.Name)]
public sealed class EmptyKnowledgeSearchTests(SampleKnowledge sample)
{
    [Fact]
    public void Search_EmptyKnowledgeBase_ReturnsNoHits()
    {
        using var empty = sample.Empty();

        Assert.Empty(empty.Knowledge.Search("spindle alarm E-2041", cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Search_EmptyKnowledgeBaseWithCollection_ThrowsInvalidQuestion()
    {
        using var empty = sample.Empty();

        Assert.Throws<InvalidQuestionException>(() => empty.Knowledge.Search("spindle", collection: "vmc", cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Status_EmptyKnowledgeBase_ReportsNothingStored()
    {
        using var empty = sample.Empty();

        var status = empty.Knowledge.GetStatus();

        Assert.Equal((0, 0, 0L), (status.Documents, status.Chunks, status.Version));
        Assert.Null(status.EmbeddingModel);
        Assert.Empty(status.Collections);
    }
}
