using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.Search;

[Collection(SampleKnowledgeCollection.Name)]
public sealed class BadQuerySearchTests(SampleKnowledge sample)
{
    [Theory]
    [MemberData(nameof(BadQueries.All), MemberType = typeof(BadQueries))]
    public void Search_BadQuery_ThrowsInvalidQuestionWithOneLineMessage(string kind, string query)
    {
        var error = Assert.Throws<InvalidQuestionException>(() => sample.Knowledge.Search(query, cancellationToken: TestContext.Current.CancellationToken));

        Assert.False(string.IsNullOrWhiteSpace(error.Message), kind);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain('\r', error.Message);
    }

    [Fact]
    public void Search_QuestionWithAStrayControlCharacter_IsStillSearched()
    {
        var hits = sample.Knowledge.Search("spindle\u0007 belt tension", cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEmpty(hits);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Search_TopBelowOne_IsRefused(int top)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => sample.Knowledge.Search("spindle", top, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Search_InvalidCollectionName_IsRefusedWithTheName()
    {
        var error = Assert.Throws<ArgumentException>(() => sample.Knowledge.Search("spindle", collection: "no such/collection!", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("no such/collection!", error.Message, StringComparison.Ordinal);
    }
}
