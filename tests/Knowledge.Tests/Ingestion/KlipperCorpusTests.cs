using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Ingestion.Chunking;

namespace Edge.Knowledge.Tests.Ingestion;

/// <summary>Runs every reader and the chunker over real third-party manuals and checks the evaluation's sections and pages are there.</summary>
public sealed class KlipperCorpusTests
{
    private static readonly Lazy<Dictionary<string, IReadOnlyList<ChunkDraft>>> Chunks = new(ChunkAll);

    [Fact]
    public void Corpus_EveryDocument_ReadsAndChunksWithinSizeLimits()
    {
        KlipperCorpus.RequireFolder();
        var options = new ChunkingOptions();
        foreach (var (document, chunks) in Chunks.Value)
        {
            Assert.True(chunks.Count > 0, $"{document}: no chunks");
            Assert.All(chunks, c => Assert.InRange(c.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, 1, options.HardMaxWords));
            Assert.Equal(document.EndsWith(".pdf", StringComparison.Ordinal), chunks.All(c => c.Page is not null));
        }
    }

    [Fact]
    public void Corpus_ExpectedSections_AreSectionPathElementsOfTheirDocument()
    {
        var folder = KlipperCorpus.RequireFolder();
        var expectations = KlipperCorpus.Expectations(folder);
        var missing = expectations.Where(e => FindSection(e).Count == 0).ToList();

        TestContext.Current.TestOutputHelper?.WriteLine($"sections found: {expectations.Count - missing.Count}/{expectations.Count}");
        Assert.True(missing.Count == 0, "missing: " + string.Join("; ", missing.Select(m => $"{m.Question} {m.Document} '{m.Section}'")));
    }

    [Fact]
    public void Corpus_PdfExpectedPages_HaveAChunkOfTheSectionWithinOnePage()
    {
        var folder = KlipperCorpus.RequireFolder();
        var pdf = KlipperCorpus.Expectations(folder).Where(e => e.Page is not null).ToList();
        var exact = pdf.Count(e => FindSection(e).Any(c => c.Page == e.Page));
        var near = pdf.Where(e => !FindSection(e).Any(c => Math.Abs(c.Page!.Value - e.Page!.Value) <= 1)).ToList();

        TestContext.Current.TestOutputHelper?.WriteLine($"PDF pages exact: {exact}/{pdf.Count}, within ±1: {pdf.Count - near.Count}/{pdf.Count}");
        Assert.True(near.Count == 0, "off by more than one page: " + string.Join("; ", near.Select(m => $"{m.Question} '{m.Section}' p{m.Page}")));
    }

    private static List<ChunkDraft> FindSection(Expectation expectation)
    {
        var wanted = KlipperCorpus.Normalize(expectation.Section);
        return Chunks.Value.TryGetValue(expectation.Document, out var chunks)
            ? [.. chunks.Where(c => c.SectionPath.Any(h => KlipperCorpus.Normalize(h) == wanted))]
            : [];
    }

    private static Dictionary<string, IReadOnlyList<ChunkDraft>> ChunkAll()
    {
        var result = new Dictionary<string, IReadOnlyList<ChunkDraft>>(StringComparer.Ordinal);
        if (KlipperCorpus.Folder is not { } folder)
        {
            return result;
        }

        var chunker = new Chunker();
        var dump = Environment.GetEnvironmentVariable("EDGE_INGESTION_DUMP");
        foreach (var path in Directory.GetFiles(Path.Combine(folder, "corpus")).Order(StringComparer.Ordinal))
        {
            var document = DocumentReaders.Default.Read(path, TestContext.Current.CancellationToken);
            var chunks = chunker.Chunk(document, TestContext.Current.CancellationToken);
            result[Path.GetFileName(path)] = chunks;
            if (!string.IsNullOrEmpty(dump))
            {
                Directory.CreateDirectory(dump);
                File.WriteAllLines(Path.Combine(dump, Path.GetFileName(path) + ".blocks.txt"),
                    document.Blocks.Select(b => $"[{b.Kind} {b.HeadingLevel} p{b.Page}] {b.Text}").Prepend($"TITLE {document.Title}"));
                File.WriteAllLines(Path.Combine(dump, Path.GetFileName(path) + ".chunks.txt"),
                    chunks.Select(c => $"=== #{c.Ordinal} p{c.Page} [{SectionPath.Format(c.SectionPath)}] ({c.Text.Split(' ').Length}w)\n{c.Text}"));
            }
        }

        return result;
    }
}
