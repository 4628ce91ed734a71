using System.Diagnostics;
using System.Security.Cryptography;
using Edge.Knowledge.Ingestion.Chunking;
using Edge.Knowledge.Ingestion.Limits;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Ingestion;

/// <summary>
/// Reads files into the knowledge base: skip unchanged content by sha256, parse, chunk, analyse,
/// embed, then replace the document's old chunks in one transaction. A bad file is reported with
/// its reason and the batch goes on, whatever went wrong with it; reading and chunking one document
/// is bounded by <see cref="IngestionLimitsOptions.MaxSecondsPerDocument"/>.
/// </summary>
internal sealed class KnowledgeIngestor(
    KnowledgeStore store,
    DocumentReaders readers,
    Chunker chunker,
    TextAnalysis analysis,
    ITextEmbedder embedder,
    IOptions<KnowledgeOptions> options,
    IOptions<IngestionLimitsOptions> limits,
    TimeProvider time,
    ILogger<KnowledgeIngestor> logger)
{
    private const int EmbeddingBatch = 16;

    /// <summary>Ingests files and folders (recursively) into one collection.</summary>
    public IngestReport Ingest(IReadOnlyList<string> paths, string collection, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new List<IngestFileResult>();
        var files = SourceFiles.Expand(paths, readers.IsSupported, results);
        var total = files.Count + results.Count;
        for (var i = 0; i < results.Count; i++)
            progress?.Report(new IngestProgress(i + 1, total, results[i]));

        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = IngestFile(file, collection, cancellationToken);
            results.Add(result);
            progress?.Report(new IngestProgress(results.Count, total, result));
        }
        return new IngestReport(collection, results);
    }

    private IngestFileResult IngestFile(string path, string collection, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        var started = Stopwatch.GetTimestamp();
        var seconds = limits.Value.MaxSecondsPerDocument;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(seconds), time);
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            if (DocumentNames.Problem(name) is { } problem)
                throw new DocumentReadException(problem);
            var bytes = SourceFileReader.Read(path, options.Value.MaxFileSizeMb, cancellationToken);
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var existing = store.FindDocument(collection, name);
            if (existing is not null && existing.Sha256 == sha256)
                return new IngestFileResult(path, name, IngestOutcome.Unchanged, 0, null);

            var parsed = readers.Read(new MemoryStream(bytes, writable: false), name, reading.Token);
            var drafts = chunker.Chunk(parsed, reading.Token);
            if (drafts.Count == 0)
                throw new DocumentReadException("no text found in the document");

            var language = LanguageDetector.Detect(string.Join('\n', drafts.Take(20).Select(d => d.Text)));
            var chunks = drafts.Select(d => ToRecord(d, collection, parsed.Title, language)).ToList();
            var vectors = Embed(drafts, parsed.Title, cancellationToken);
            var document = new DocumentRecord
            {
                Name = name, Collection = collection, Sha256 = sha256, Format = parsed.Format,
                Title = string.IsNullOrWhiteSpace(parsed.Title) ? Path.GetFileNameWithoutExtension(name) : parsed.Title,
                SourcePath = path, SizeBytes = bytes.Length, Pages = parsed.Pages, IngestedAtUtc = time.GetUtcNow().UtcDateTime,
            };
            store.ReplaceDocument(document, chunks, vectors, embedder.ModelName);
            Log.DocumentIngested(logger, name, collection, chunks.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return new IngestFileResult(path, name, existing is null ? IngestOutcome.Added : IngestOutcome.Updated, chunks.Count, null);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Failed(path, name, $"took longer than {seconds} s to read (Knowledge:Limits:MaxSecondsPerDocument)");
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or KnowledgeStoreException))
        {
            // One bad file never ends the batch: whatever a hostile file makes a library throw is its reason.
            return Failed(path, name, ex switch
            {
                DocumentReadException or IOException or UnauthorizedAccessException => ex.Message,
                OutOfMemoryException => "needs more memory than this machine can give to one document",
                _ => $"{ex.GetType().Name}: {ex.Message}",
            });
        }
    }

    private IngestFileResult Failed(string path, string name, string reason)
    {
        reason = reason.ReplaceLineEndings(" ");
        Log.DocumentFailed(logger, name, reason);
        return new IngestFileResult(path, name, IngestOutcome.Failed, 0, reason);
    }

    private ChunkRecord ToRecord(ChunkDraft draft, string collection, string title, string language) => new()
    {
        Collection = collection,
        Ordinal = draft.Ordinal,
        Section = [.. draft.SectionPath],
        Page = draft.Page,
        Text = draft.Text,
        Language = language,
        // Headings name what a passage is about; indexing them with the text lets a question
        // that uses the heading's words find every chunk of the section.
        Terms = analysis.IndexTerms(IndexedText(draft, title), language),
    };

    /// <summary>The text keyword terms are made from: title, section headings and the passage.</summary>
    internal static string IndexedText(ChunkDraft draft, string title) =>
        title + "\n" + string.Join('\n', draft.SectionPath) + "\n" + draft.Text;

    /// <summary>The text the embedding is made from: where the passage sits, then the passage.</summary>
    internal static string EmbeddingText(ChunkDraft draft, string title) =>
        (draft.SectionPath.Count > 0 ? SectionPath.Format(draft.SectionPath) : title) + ": " + draft.Text;

    private List<(byte[] Text, byte[] Heading)> Embed(IReadOnlyList<ChunkDraft> drafts, string title, CancellationToken cancellationToken)
    {
        var texts = new List<byte[]>(drafts.Count);
        foreach (var batch in drafts.Chunk(EmbeddingBatch))
        {
            var embedded = embedder.EmbedBatch([.. batch.Select(d => EmbeddingText(d, title))], cancellationToken);
            texts.AddRange(embedded.Select(v => VectorPacking.Pack(v)));
        }

        // Headings often say in a few words what a section answers ("Spindle does not start"):
        // each distinct section is embedded once and its vector shared by the section's chunks.
        var sections = drafts.Select(d => SectionPath.Format(d.SectionPath)).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var headings = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var batch in sections.Chunk(EmbeddingBatch))
        {
            var embedded = embedder.EmbedBatch(batch, cancellationToken);
            for (var i = 0; i < batch.Length; i++)
                headings[batch[i]] = VectorPacking.Pack(embedded[i]);
        }
        return [.. drafts.Select((d, i) => (texts[i], headings.GetValueOrDefault(SectionPath.Format(d.SectionPath), [])))];
    }
}
