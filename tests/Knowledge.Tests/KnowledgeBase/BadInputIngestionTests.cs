using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.KnowledgeBase;

/// <summary>Bad files are reported one by one with a reason; the rest of the batch is ingested and the store stays consistent.</summary>
[Collection(KnowledgeBaseCollection.Name)]
public sealed class BadInputIngestionTests(BadInputBatch batch) : IClassFixture<BadInputBatch>
{
    [Theory]
    [InlineData("empty.txt", "empty")]
    [InlineData("junk.txt", "binary")]
    [InlineData("truncated.pdf", "truncated")]
    [InlineData("random.docx", "Word")]
    [InlineData("no-body.docx", "word/document.xml")]
    [InlineData("nul.html", "binary")]
    [InlineData("too-big.txt", "limit")]
    [InlineData(BadInputBatch.Unsupported, "unsupported")]
    [InlineData(BadInputBatch.MissingPath, "no such file")]
    public void Ingest_BadFile_IsReportedByNameWithOneLineReason(string document, string reasonMentions)
    {
        var file = Assert.Single(batch.Report.Files, f => f.Document == document);

        Assert.Equal(IngestOutcome.Failed, file.Outcome);
        Assert.Equal(0, file.Chunks);
        Assert.NotNull(file.Reason);
        Assert.Contains(reasonMentions, file.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', file.Reason);
    }

    [Fact]
    public void Ingest_BatchWithBadFiles_StillAddsTheGoodOnes()
    {
        Assert.Equal(["good-mill.txt", "good-press.md"],
            batch.Report.Files.Where(f => f.Outcome == IngestOutcome.Added).Select(f => f.Document).Order(StringComparer.Ordinal));
        Assert.True(batch.Report.HasFailures);
        Assert.Equal(11, batch.Report.Files.Count);
    }

    [Fact]
    public void Ingest_BatchWithBadFiles_LeavesOnlyGoodDocumentsInAConsistentStore()
    {
        Assert.Equal(["good-mill.txt", "good-press.md"], batch.Services.Knowledge.ListDocuments().Select(d => d.Name));
        Assert.Empty(StoreConsistency.Problems(batch.Services.Store));
        Assert.Equal(batch.Report.Files.Sum(f => f.Chunks), batch.Services.Knowledge.GetStatus().Chunks);
    }
}
