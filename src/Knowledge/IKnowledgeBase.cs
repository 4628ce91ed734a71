using Edge.Knowledge.Generation;
using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge;

/// <summary>The plant's manuals: add and remove documents, search them, report what is there.</summary>
public interface IKnowledgeBase
{
    /// <summary>Ingests files and folders (recursively); bad files are reported in the result, not thrown.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="collection">Target collection; null for the configured default.</param>
    /// <param name="progress">Receives one report per finished file.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    IngestReport Ingest(IReadOnlyList<string> paths, string? collection = null, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Removes a document by its file name; false when it was not there.</summary>
    bool Remove(string document, string? collection = null);

    /// <summary>Hybrid search; throws <see cref="InvalidQuestionException"/> for unusable queries or unknown collections.</summary>
    IReadOnlyList<SearchHit> Search(string query, int top = 5, string? collection = null, CancellationToken cancellationToken = default);

    /// <summary>Counts and versions for status reports; cheap, loads no model.</summary>
    KnowledgeStatus GetStatus();

    /// <summary>Documents stored, optionally of one collection.</summary>
    IReadOnlyList<DocumentInfo> ListDocuments(string? collection = null);

    /// <summary>
    /// The plant's own words for a speech recogniser's prompt: manual titles, then machine names, alarm
    /// codes and parameter names as the manuals write them, most frequent first; cached per knowledge
    /// version. Empty for an unknown collection.
    /// </summary>
    /// <param name="collection">One collection, or null for all.</param>
    /// <param name="max">Most terms returned (1–200).</param>
    IReadOnlyList<string> GetVocabulary(string? collection = null, int max = 50);
}

/// <summary>What the knowledge base holds.</summary>
/// <param name="Documents">Number of documents.</param>
/// <param name="Chunks">Number of passages.</param>
/// <param name="Version">Change counter.</param>
/// <param name="Collections">Collection names.</param>
/// <param name="EmbeddingModel">Model of the stored vectors; null while empty.</param>
/// <param name="PackVersion">Installed knowledge pack, if any.</param>
/// <param name="DatabasePath">The LiteDB file.</param>
/// <param name="LanguageModel">The optional language model's state from its files (never loaded for this); null when not known.</param>
/// <param name="Dictionary">The German–English dictionary file; null when not known.</param>
/// <param name="DeclineLines">Where each collection declines (calibrated or configured); empty before the first calibration.</param>
public sealed record KnowledgeStatus(
    int Documents, int Chunks, long Version, IReadOnlyList<string> Collections, string? EmbeddingModel, string? PackVersion, string DatabasePath,
    LanguageModelStatus? LanguageModel = null, Retrieval.Dictionary.DictionaryStatus? Dictionary = null, IReadOnlyList<Answering.DeclineLine>? DeclineLines = null);

/// <summary>One stored document.</summary>
/// <param name="Name">File name as ingested.</param>
/// <param name="Collection">Its collection.</param>
/// <param name="Title">Its title.</param>
/// <param name="Format">pdf, docx, html, markdown or text.</param>
/// <param name="Chunks">Number of passages.</param>
/// <param name="Sha256">Content hash.</param>
/// <param name="IngestedAtUtc">When it was stored.</param>
/// <param name="Pages">Number of pages (PDF); null for formats without pages.</param>
public sealed record DocumentInfo(string Name, string Collection, string Title, string Format, int Chunks, string Sha256, DateTime IngestedAtUtc, int? Pages = null);
