using System.Diagnostics;
using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Ingestion.Chunking;
using Edge.Knowledge.Ingestion.Limits;
using Edge.Knowledge.Ingestion.Readers;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Storage;
using Edge.Knowledge.Tests.Ingestion;
using Edge.Knowledge.Tests.Packs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Tests.KnowledgeBase;

/// <summary>
/// Files that are not what they claim, or take too long, each fail by name with a reason while
/// the rest of the batch is ingested.
/// </summary>
public sealed class HostileFileIngestionTests : IDisposable
{
    private static readonly TextAnalysis Analysis = new(Glossary.LoadDefault());
    private readonly TempDirectory _dir = new();
    private readonly KnowledgeDatabase _database;
    private readonly FakeTimeProvider _time = new();

    public HostileFileIngestionTests() => _database = new KnowledgeDatabase(_dir.File("data"));

    public void Dispose()
    {
        _database.Dispose();
        _dir.Dispose();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private KnowledgeIngestor Ingestor(DocumentReaders? readers = null, IngestionLimitsOptions? limits = null) => new(
        new KnowledgeStore(_database), readers ?? DocumentReaders.Default, new Chunker(), Analysis, new HashingEmbedder(),
        Options.Create(new KnowledgeOptions { DataDirectory = _dir.File("data") }), Options.Create(limits ?? new IngestionLimitsOptions()),
        _time, NullLogger<KnowledgeIngestor>.Instance);

    private string Good(string name = "press.txt")
    {
        var path = _dir.File(name);
        File.WriteAllText(path, "PRESS\n\nCheck the hydraulic oil level every morning before the first stroke.\n");
        return path;
    }

    [Fact]
    public void ALinkToDevZero_IsRefusedWithoutReadingIt_AndTheBatchGoesOn()
    {
        var link = _dir.File("z.txt");
        File.CreateSymbolicLink(link, "/dev/zero");

        var report = Ingestor().Ingest([link, Good()], "default", cancellationToken: Ct);

        var refused = Assert.Single(report.Files, f => f.Document == "z.txt");
        Assert.Equal(IngestOutcome.Failed, refused.Outcome);
        Assert.Equal("not a regular file: /dev/zero is a device or kernel file", refused.Reason);
        Assert.Equal(IngestOutcome.Added, Assert.Single(report.Files, f => f.Document == "press.txt").Outcome);
    }

    [Fact]
    public void ALinkToAFileOverTheSizeLimit_IsMeasuredAtItsTarget()
    {
        var big = _dir.File("big.bin");
        HostileFiles.LongText(big, 2L << 20);
        var link = _dir.File("notes.txt");
        File.CreateSymbolicLink(link, big);
        var ingestor = new KnowledgeIngestor(new KnowledgeStore(_database), DocumentReaders.Default, new Chunker(), Analysis, new HashingEmbedder(),
            Options.Create(new KnowledgeOptions { DataDirectory = _dir.File("data"), MaxFileSizeMb = 1 }), Options.Create(new IngestionLimitsOptions()),
            _time, NullLogger<KnowledgeIngestor>.Instance);

        var refused = Assert.Single(ingestor.Ingest([link], "default", cancellationToken: Ct).Files);

        Assert.StartsWith("file is 2.0 MB, over the 1 MB limit (Knowledge:MaxFileSizeMb)", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocumentThatOutlastsTheTimeLimit_FailsWithTheKey_AndTheBatchGoesOn()
    {
        var stalling = new StallingReader();
        var readers = new DocumentReaders([stalling, new PlainTextReader()]);
        var slow = _dir.File("stuck.slow");
        File.WriteAllText(slow, "anything");
        var good = Good();

        var ingest = Task.Run(() => Ingestor(readers, new IngestionLimitsOptions { MaxSecondsPerDocument = 30 }).Ingest([slow, good], "default", cancellationToken: Ct), Ct);
        await stalling.Started.Task.WaitAsync(TimeSpan.FromMinutes(2), Ct);
        _time.Advance(TimeSpan.FromSeconds(30));
        var report = await ingest.WaitAsync(TimeSpan.FromMinutes(2), Ct);

        Assert.Equal("took longer than 30 s to read (Knowledge:Limits:MaxSecondsPerDocument)", Assert.Single(report.Files, f => f.Document == "stuck.slow").Reason);
        Assert.Equal(IngestOutcome.Added, Assert.Single(report.Files, f => f.Document == "press.txt").Outcome);
    }

    [Fact]
    public void AReaderThatThrowsSomethingUnexpected_FailsThatFileOnly()
    {
        var readers = new DocumentReaders([new ExplodingReader(), new PlainTextReader()]);
        var bad = _dir.File("odd.boom");
        File.WriteAllText(bad, "anything");

        var report = Ingestor(readers).Ingest([bad, Good()], "default", cancellationToken: Ct);

        Assert.Equal("unreadable boom: odd.boom (IndexOutOfRangeException: Index was outside the bounds of the array.)", Assert.Single(report.Files, f => f.Document == "odd.boom").Reason);
        Assert.Equal(IngestOutcome.Added, Assert.Single(report.Files, f => f.Document == "press.txt").Outcome);
    }

    [Fact]
    public void AFileNameWithALineBreak_IsRefusedWithAReason()
    {
        var path = Good("press\nnotes.txt");

        var refused = Assert.Single(Ingestor().Ingest([path], "default", cancellationToken: Ct).Files);

        Assert.Equal(IngestOutcome.Failed, refused.Outcome);
        Assert.Equal("the document name contains control characters (such as a line break); rename the file", refused.Reason);
    }

    [Fact]
    public async Task AFileNameThatIsNotUtf8_IsReportedByFolderWalk_NotAsMissing()
    {
        var folder = Directory.CreateDirectory(_dir.File("latin1")).FullName;
        Good(Path.Combine("latin1", "press.txt"));
        // .NET cannot write a name that is not UTF-8; the shell writes the byte 0xE9 (é in Latin-1).
        using (var touch = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "printf 'Check the oil.\\n' > \"$(printf 'caf\\351.txt')\""]) { WorkingDirectory = folder })!)
            await touch.WaitForExitAsync(Ct);

        var report = Ingestor().Ingest([folder], "default", cancellationToken: Ct);

        var refused = Assert.Single(report.Files, f => f.Outcome == IngestOutcome.Failed);
        Assert.Equal("caf\uFFFD.txt", refused.Document);
        Assert.StartsWith("the file name is not valid UTF-8 and cannot be opened; rename the file", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(IngestOutcome.Added, Assert.Single(report.Files, f => f.Document == "press.txt").Outcome);
    }

    private sealed class StallingReader : IDocumentReader
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Format => "slow";

        public IReadOnlyCollection<string> Extensions { get; } = [".slow"];

        public ParsedDocument Read(Stream content, string fileName, ReadBudget budget, CancellationToken cancellationToken = default)
        {
            Started.TrySetResult();
            cancellationToken.WaitHandle.WaitOne();
            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException("woke without cancellation");
        }
    }

    private sealed class ExplodingReader : IDocumentReader
    {
        public string Format => "boom";

        public IReadOnlyCollection<string> Extensions { get; } = [".boom"];

        public ParsedDocument Read(Stream content, string fileName, ReadBudget budget, CancellationToken cancellationToken = default)
            => throw new IndexOutOfRangeException();
    }
}
