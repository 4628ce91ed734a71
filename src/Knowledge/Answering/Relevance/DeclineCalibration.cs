using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Search;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Answering;

/// <summary>
/// Calibrates each collection's decline line from the collection itself: asks it the calibration
/// questions (off-topic bank and near misses, <see cref="CalibrationQuestions"/>), and keeps how
/// relevant they seemed, per language, in the knowledge base. A line fitted once to a few question
/// sets sits in the wrong place for another machine's manuals; this one moves with them. Redone
/// when the collection's documents, the embedding model, the dictionary or the question lists change.
/// </summary>
internal sealed class DeclineCalibration(
    HybridSearcher searcher,
    RelevanceGate gate,
    SearchIndexCache indexes,
    KnowledgeStore store,
    TextAnalysis analysis,
    ITextEmbedder embedder,
    IOptions<KnowledgeOptions> knowledge,
    TimeProvider time,
    ILogger<DeclineCalibration> logger)
{
    /// <summary>Name of the whole knowledge base, for questions asked without a collection.</summary>
    public const string AllCollections = "*";

    private const string CachePrefix = "calibration/";
    private const int Passages = 8;

    private readonly ConcurrentDictionary<string, (string Identity, CollectionCalibration Calibration)> _known = new(StringComparer.Ordinal);
    private readonly Lock _calibrating = new();

    /// <summary>The calibration of a collection (null: all), measured first when it is missing or out of date.</summary>
    public CollectionCalibration For(string? collection, CancellationToken cancellationToken = default)
    {
        // With one collection on the board, "all collections" is that collection.
        if (collection is null && store.ListCollections() is [var only])
            collection = only;
        var name = collection ?? AllCollections;
        var identity = Identity(collection);
        if (_known.TryGetValue(name, out var known) && known.Identity == identity)
            return known.Calibration;
        lock (_calibrating)
        {
            if (_known.TryGetValue(name, out known) && known.Identity == identity)
                return known.Calibration;
            var calibration = Stored(name, identity) ?? Measure(collection, name, identity, cancellationToken);
            _known[name] = (identity, calibration);
            return calibration;
        }
    }

    /// <summary>The stored calibrations, whether or not still current (for status; measures nothing).</summary>
    public IReadOnlyList<CollectionCalibration> StoredCalibrations() =>
        [.. store.ListCache(CachePrefix).Select(text => TryParse(text)).OfType<CollectionCalibration>().OrderBy(c => c.Collection, StringComparer.Ordinal)];

    private CollectionCalibration? Stored(string name, string identity)
    {
        try
        {
            return store.ReadCache(CachePrefix + name, identity) is { } text ? TryParse(text) : null;
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException)
        {
            Log.CalibrationUnreadable(logger, name, ex.Message);
            return null;
        }
    }

    private CollectionCalibration Measure(string? collection, string name, string identity, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var index = indexes.Current;
        var questions = CalibrationQuestions.For((english, german) =>
            index.Keyword.DocumentFrequency(analysis.EnglishTerms(english), collection) == 0
            && index.Keyword.DocumentFrequency(analysis.GermanTerms(german), collection) == 0);
        var analyzed = questions.Select(q => searcher.Analyze(q.Text)).ToList();
        var signals = gate.MeasureMany(analyzed, searcher.SearchMany(analyzed, Passages, collection, cancellationToken), collection);
        var scores = questions.Select((q, i) => (q.Language, Relevance: RelevanceGate.Relevance(signals[i]))).ToList();
        var calibration = new CollectionCalibration(name, Summary(scores, "en"), Summary(scores, "de"), scores.Count, time.GetUtcNow());
        Log.Calibrated(logger, name, calibration.English.Median, calibration.English.Percentile90, calibration.German.Median,
            calibration.German.Percentile90, scores.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        try
        {
            store.WriteCache(CachePrefix + name, identity, JsonSerializer.Serialize(calibration));
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or UnauthorizedAccessException)
        {
            // A read-only data directory still answers; the calibration is simply measured again next time.
            Log.CalibrationUnreadable(logger, name, ex.Message);
        }
        return calibration;
    }

    private static OffTopicRelevance Summary(List<(string Language, double Relevance)> scores, string language)
    {
        var sorted = scores.Where(s => s.Language == language).Select(s => s.Relevance).Order().ToList();
        return sorted.Count == 0 ? new OffTopicRelevance(0, 0) : new OffTopicRelevance(Percentile(sorted, 0.5), Percentile(sorted, 0.9));
    }

    /// <summary>Linear interpolation between the nearest ranks.</summary>
    internal static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        var at = (sorted.Count - 1) * p;
        var below = (int)Math.Floor(at);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (at - below));
    }

    /// <summary>What the calibration depends on: the collection's documents, the model, the dictionary and the question lists.</summary>
    private string Identity(string? collection)
    {
        var documents = store.ListDocuments(collection).Select(d => d.Collection + "/" + d.Name + "@" + d.Sha256).Order(StringComparer.Ordinal);
        var dictionary = knowledge.Value.DictionaryFile is { Length: > 0 } path && File.Exists(path)
            ? new FileInfo(path).Length.ToString(CultureInfo.InvariantCulture) : "none";
        var text = string.Join('\n', [CalibrationQuestions.Version, embedder.ModelName, dictionary, knowledge.Value.GlossaryFile ?? "", .. documents]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static CollectionCalibration? TryParse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<CollectionCalibration>(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
