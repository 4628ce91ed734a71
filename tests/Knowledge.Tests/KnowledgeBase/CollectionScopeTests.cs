using Edge.Knowledge.Answering;
using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.KnowledgeBase;

/// <summary>Collections (one per machine) keep each machine's manuals apart in search and answers.</summary>
[Collection(KnowledgeBaseCollection.Name)]
public sealed class CollectionScopeTests : IDisposable
{
    private readonly TempDirectory files = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly KnowledgeServices services;

    public CollectionScopeTests(MiniLmEmbedder embedder)
    {
        services = KnowledgeServices.Create(embedder);
        var press = files.File("press-hydraulics.md");
        var mill = files.File("mill-hydraulics.md");
        File.WriteAllText(press, "# Hydraulic unit\n\nThe press hydraulic unit runs at 150 bar. Check the accumulator precharge monthly.\n");
        File.WriteAllText(mill, "# Hydraulic unit\n\nThe mill clamping hydraulics run at 60 bar. Check the clamping pressure switch weekly.\n");
        services.Knowledge.Ingest([press], "press", cancellationToken: Ct);
        services.Knowledge.Ingest([mill], "mill", cancellationToken: Ct);
    }

    public void Dispose()
    {
        services.Dispose();
        files.Dispose();
    }

    [Fact]
    public void Search_InOneCollection_NeverReturnsDocumentsOfAnother()
    {
        var inMill = services.Knowledge.Search("hydraulic unit pressure accumulator precharge", top: 10, collection: "mill", cancellationToken: Ct);
        var inPress = services.Knowledge.Search("hydraulic unit pressure accumulator precharge", top: 10, collection: "press", cancellationToken: Ct);

        Assert.NotEmpty(inMill);
        Assert.All(inMill, hit => Assert.Equal("mill-hydraulics.md", hit.Document));
        Assert.All(inPress, hit => Assert.Equal("press-hydraulics.md", hit.Document));
    }

    [Fact]
    public void Search_WithoutCollection_SearchesAll()
    {
        var hits = services.Knowledge.Search("hydraulic unit pressure", top: 10, cancellationToken: Ct);

        Assert.Equal(["mill-hydraulics.md", "press-hydraulics.md"], hits.Select(h => h.Document).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_InUnknownCollection_ThrowsInvalidQuestionNamingIt()
    {
        var error = Assert.Throws<InvalidQuestionException>(() => services.Knowledge.Search("hydraulic pressure", collection: "lathe-7", cancellationToken: Ct));

        Assert.Contains("'lathe-7'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task Ask_InUnknownCollection_ThrowsInvalidQuestionNamingIt()
    {
        var error = await Assert.ThrowsAsync<InvalidQuestionException>(() =>
            services.Assistant.AskAsync(new Question("What pressure does the hydraulic unit run at?", "lathe-7"), cancellationToken: Ct));

        Assert.Contains("'lathe-7'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_ListsBothCollections()
    {
        Assert.Equal(["mill", "press"], services.Knowledge.GetStatus().Collections);
    }

    [Fact]
    public void Ingest_SameFileNameInTwoCollections_KeepsTwoDocuments()
    {
        var path = files.File("press-hydraulics.md");

        var report = services.Knowledge.Ingest([path], "mill", cancellationToken: Ct);

        Assert.Equal(Edge.Knowledge.Ingestion.IngestOutcome.Added, Assert.Single(report.Files).Outcome);
        Assert.Contains(services.Knowledge.ListDocuments("mill"), d => d.Name == "press-hydraulics.md");
        Assert.Contains(services.Knowledge.ListDocuments("press"), d => d.Name == "press-hydraulics.md");
        Assert.Empty(StoreConsistency.Problems(services.Store));
    }
}
