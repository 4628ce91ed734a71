using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.KnowledgeBase;

[Collection(KnowledgeBaseCollection.Name)]
public sealed class SampleFolderIngestionTests(SampleFolderIngestion sample) : IClassFixture<SampleFolderIngestion>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Ingest_FolderOfSampleManualsAndTwins_AddsEveryFileWithChunks()
    {
        Assert.Equal(sample.Files, sample.First.Files.Select(f => f.Document).Order(StringComparer.Ordinal));
        Assert.All(sample.First.Files, f =>
        {
            Assert.Equal(IngestOutcome.Added, f.Outcome);
            Assert.True(f.Chunks > 0, $"{f.Document} has no chunks");
            Assert.Null(f.Reason);
        });
        Assert.False(sample.First.HasFailures);
    }

    [Fact]
    public void Ingest_FolderOfSampleManualsAndTwins_StoresEveryFormatWithItsChunkCount()
    {
        var documents = sample.Services.Knowledge.ListDocuments();

        Assert.Equal(["docx", "html", "markdown", "pdf", "text"], documents.Select(d => d.Format).Distinct().Order(StringComparer.Ordinal));
        foreach (var file in sample.First.Files)
            Assert.Equal(file.Chunks, documents.Single(d => d.Name == file.Document).Chunks);
        Assert.Equal(documents.Sum(d => d.Chunks), sample.StatusAfterFirst.Chunks);
        Assert.Empty(StoreConsistency.Problems(sample.Services.Store));
    }

    [Fact]
    public void Ingest_UnchangedFolderAgain_SkipsEveryFileWithoutVersionBump()
    {
        var again = sample.Services.Knowledge.Ingest([sample.FolderPath], cancellationToken: Ct);

        Assert.All(again.Files, f => Assert.Equal(IngestOutcome.Unchanged, f.Outcome));
        Assert.Equal(sample.Files.Count, again.Files.Count);
        var status = sample.Services.Knowledge.GetStatus();
        Assert.Equal(sample.StatusAfterFirst.Version, status.Version);
        Assert.Equal(sample.StatusAfterFirst.Chunks, status.Chunks);
    }
}
