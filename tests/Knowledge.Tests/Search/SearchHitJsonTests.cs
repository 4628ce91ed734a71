using System.Text.Json;
using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.Search;

/// <summary>The JSON of a hit is the <c>search --json</c> contract of DESIGN.md.</summary>
[Collection(SampleKnowledgeCollection.Name)]
public sealed class SearchHitJsonTests(SampleKnowledge sample)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("spindle belt tension", true)]
    [InlineData("sealing jaw temperature", false)]
    public void SearchHit_AsJson_HasExactlyTheContractFields(string query, bool fromPdf)
    {
        var hit = sample.Knowledge.Search(query, 10, cancellationToken: TestContext.Current.CancellationToken)
            .First(h => h.Document.EndsWith(".pdf", StringComparison.Ordinal) == fromPdf);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(hit, Web));
        var root = json.RootElement;

        Assert.Equal(["document", "title", "section", "page", "score", "text"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.String, root.GetProperty("document").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("section").GetString()));
        Assert.InRange(root.GetProperty("score").GetDouble(), 0, 1);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("text").GetString()));
        if (fromPdf)
            Assert.True(root.GetProperty("page").GetInt32() >= 1);
        else
            Assert.Equal(JsonValueKind.Null, root.GetProperty("page").ValueKind);
    }
}
