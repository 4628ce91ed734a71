using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.KnowledgeBase;

/// <summary>A document changes or goes away: the knowledge base follows and keeps nothing stale.</summary>
[Collection(KnowledgeBaseCollection.Name)]
public sealed class DocumentLifecycleTests(MiniLmEmbedder embedder) : IDisposable
{
    private const string OldText = "# Coolant filter\n\nThe coolant pump on line 4 uses a zircon cartridge. Replace the cartridge every 500 hours.\n";
    private const string NewText = "# Coolant filter\n\nThe coolant pump on line 4 uses a paper cartridge. Replace the cartridge every 300 hours.\n";

    private readonly TempDirectory files = new();
    private readonly KnowledgeServices services = KnowledgeServices.Create(embedder);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        services.Dispose();
        files.Dispose();
    }

    [Fact]
    public void Ingest_ChangedFile_ReportsUpdatedAndReplacesItsChunks()
    {
        var path = files.File("filter-notes.md");
        File.WriteAllText(path, OldText);
        services.Knowledge.Ingest([path], cancellationToken: Ct);
        var before = services.Knowledge.GetStatus();

        File.WriteAllText(path, NewText);
        var report = services.Knowledge.Ingest([path], cancellationToken: Ct);

        var file = Assert.Single(report.Files);
        Assert.Equal(IngestOutcome.Updated, file.Outcome);
        Assert.True(file.Chunks > 0);
        Assert.Equal(before.Version + 1, services.Knowledge.GetStatus().Version);
        Assert.Single(services.Knowledge.ListDocuments());
        Assert.Empty(StoreConsistency.Problems(services.Store));
    }

    [Fact]
    public void Search_AfterUpdate_FindsNoTextOfTheOldVersion()
    {
        var path = files.File("filter-notes.md");
        File.WriteAllText(path, OldText);
        services.Knowledge.Ingest([path], cancellationToken: Ct);
        File.WriteAllText(path, NewText);
        services.Knowledge.Ingest([path], cancellationToken: Ct);

        var oldWord = services.Knowledge.Search("zircon cartridge", top: 20, cancellationToken: Ct);
        var newWord = services.Knowledge.Search("paper cartridge", top: 20, cancellationToken: Ct);

        Assert.DoesNotContain(oldWord, hit => hit.Text.Contains("zircon", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("paper cartridge", newWord[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_IngestedDocument_DeletesItAndItsChunks()
    {
        var keep = files.File("keep.md");
        var drop = files.File("drop.md");
        File.WriteAllText(keep, NewText);
        File.WriteAllText(drop, OldText);
        services.Knowledge.Ingest([keep, drop], cancellationToken: Ct);

        Assert.True(services.Knowledge.Remove("drop.md"));

        Assert.Equal(["keep.md"], services.Knowledge.ListDocuments().Select(d => d.Name));
        Assert.DoesNotContain(services.Knowledge.Search("zircon cartridge", top: 20, cancellationToken: Ct), hit => hit.Document == "drop.md");
        Assert.Empty(StoreConsistency.Problems(services.Store));
    }

    [Fact]
    public void Remove_UnknownDocument_ReturnsFalseAndChangesNothing()
    {
        var path = files.File("keep.md");
        File.WriteAllText(path, NewText);
        services.Knowledge.Ingest([path], cancellationToken: Ct);
        var before = services.Knowledge.GetStatus();

        Assert.False(services.Knowledge.Remove("never-ingested.pdf"));

        var after = services.Knowledge.GetStatus();
        Assert.Equal((before.Documents, before.Chunks, before.Version), (after.Documents, after.Chunks, after.Version));
    }

    [Fact]
    public void Remove_LastDocument_LeavesAnEmptyKnowledgeBaseThatSearchesToNothing()
    {
        var path = files.File("only.md");
        File.WriteAllText(path, NewText);
        services.Knowledge.Ingest([path], cancellationToken: Ct);

        services.Knowledge.Remove("only.md");

        var status = services.Knowledge.GetStatus();
        Assert.Equal((0, 0), (status.Documents, status.Chunks));
        Assert.Empty(services.Knowledge.Search("paper cartridge", cancellationToken: Ct));
    }
}
