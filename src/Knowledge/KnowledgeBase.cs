using Edge.Knowledge.Answering;
using Edge.Knowledge.Generation;
using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Search;
using Edge.Knowledge.Storage;
using Edge.Knowledge.Vocabulary;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge;

/// <summary>
/// The public face of the library. Ingestion and search are resolved on first use, so a status
/// query never loads the embedding model.
/// </summary>
internal sealed class KnowledgeBase(KnowledgeStore store, KnowledgeDatabase database, IServiceProvider services, IOptions<KnowledgeOptions> options) : IKnowledgeBase
{
    private readonly PlantVocabulary _vocabulary = new(store, database);

    public IngestReport Ingest(IReadOnlyList<string> paths, string? collection = null, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = services.GetRequiredService<KnowledgeIngestor>().Ingest(paths, Collection(collection), progress, cancellationToken);
        if (report.Files.Any(f => f.Outcome is IngestOutcome.Added or IngestOutcome.Updated or IngestOutcome.Removed))
            PrepareForQuestions(report.Collection);
        return report;
    }

    public bool Remove(string document, string? collection = null)
    {
        var name = Collection(collection);
        var removed = store.RemoveDocument(name, document);
        if (removed && store.ListCollections().Contains(name))
            PrepareForQuestions(name);
        return removed;
    }

    /// <summary>
    /// Builds what questions need for the changed manuals (the search index and the dictionary
    /// narrowed to them, kept in the knowledge base) here, so the first question after a change
    /// does not wait for it.
    /// </summary>
    private void PrepareForQuestions(string collection)
    {
        _ = services.GetRequiredService<SearchIndexCache>().Current;
        if (services.GetRequiredService<IOptions<RelevanceOptions>>().Value.DeclineBelow is null)
            services.GetRequiredService<DeclineCalibration>().For(collection);
    }

    public IReadOnlyList<SearchHit> Search(string query, int top = 5, string? collection = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        return services.GetRequiredService<HybridSearcher>().Search(query, Math.Min(top, 100), collection is null ? null : CollectionName.Normalize(collection), cancellationToken);
    }

    public KnowledgeStatus GetStatus()
    {
        var (documents, chunks) = store.Count();
        // The host validates the model folder's files when it is created and changes its status only
        // when loading fails, so asking it never loads the model.
        var languageModel = services.GetService<LanguageModelHost>()?.Status;
        return new KnowledgeStatus(documents, chunks, store.Version, store.ListCollections(), store.EmbeddingModel, store.GetMeta(MetaKeys.PackVersion), database.FilePath, languageModel,
            Retrieval.Dictionary.DictionaryStatus.Of(options.Value), DeclineLines());
    }

    /// <summary>The configured line, or the stored calibrations (measuring nothing: a status must stay quick).</summary>
    private IReadOnlyList<DeclineLine> DeclineLines()
    {
        var relevance = services.GetRequiredService<IOptions<RelevanceOptions>>().Value;
        if (relevance.DeclineBelow is { } line)
            return [new DeclineLine(DeclineCalibration.AllCollections, line, line, "configured (Knowledge:Relevance:DeclineBelow)")];
        return [.. services.GetRequiredService<DeclineCalibration>().StoredCalibrations().Select(c => new DeclineLine(
            c.Collection, c.English.Line(relevance), c.German.Line(relevance),
            $"calibrated {c.CalibratedAtUtc:yyyy-MM-dd HH:mm} UTC from {c.Questions} questions", c.CalibratedAtUtc))];
    }

    public IReadOnlyList<string> GetVocabulary(string? collection = null, int max = 50)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(max, PlantVocabulary.MaxTerms);
        return _vocabulary.Get(collection is null ? null : CollectionName.Normalize(collection), max);
    }

    public IReadOnlyList<DocumentInfo> ListDocuments(string? collection = null) =>
        [.. store.ListDocuments(collection is null ? null : CollectionName.Normalize(collection))
            .Select(d => new DocumentInfo(d.Name, d.Collection, d.Title, d.Format, d.ChunkCount, d.Sha256, d.IngestedAtUtc, d.Pages))];

    private string Collection(string? collection) => CollectionName.Normalize(collection ?? options.Value.DefaultCollection);
}
