using Microsoft.Extensions.Logging;

namespace Edge.Knowledge;

/// <summary>Log messages of the knowledge library: ids, counts and durations; passage text never above Trace.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Ingested {Document} into {Collection}: {Chunks} chunks in {ElapsedMs:F0} ms")]
    public static partial void DocumentIngested(ILogger logger, string document, string collection, int chunks, double elapsedMs);

    [LoggerMessage(1002, LogLevel.Warning, "Skipped {Document}: {Reason}")]
    public static partial void DocumentFailed(ILogger logger, string document, string reason);

    [LoggerMessage(1003, LogLevel.Information, "Loaded search index: {Chunks} chunks, {Vectors} vectors, version {Version} in {ElapsedMs:F0} ms")]
    public static partial void IndexLoaded(ILogger logger, int chunks, int vectors, long version, double elapsedMs);

    [LoggerMessage(1004, LogLevel.Debug, "Search in {Collection} returned {Hits} hits in {ElapsedMs:F1} ms")]
    public static partial void Searched(ILogger logger, string collection, int hits, double elapsedMs);

    [LoggerMessage(1005, LogLevel.Information, "Dictionary narrowed to the manuals: {Words} words with translations for {Terms} indexed terms in {ElapsedMs:F0} ms")]
    public static partial void DictionaryNarrowed(ILogger logger, int words, int terms, double elapsedMs);

    [LoggerMessage(1006, LogLevel.Warning, "Stored dictionary table not usable, rebuilding it: {Reason}")]
    public static partial void DictionaryCacheUnusable(ILogger logger, string reason);

    [LoggerMessage(1007, LogLevel.Information, "Calibrated the decline line of {Collection}: English off-topic relevance median {EnglishMedian:F3}, 90th percentile {EnglishP90:F3}; German {GermanMedian:F3}, {GermanP90:F3}; {Questions} questions in {ElapsedMs:F0} ms")]
    public static partial void Calibrated(ILogger logger, string collection, double englishMedian, double englishP90, double germanMedian, double germanP90, int questions, double elapsedMs);

    [LoggerMessage(1008, LogLevel.Warning, "Stored decline calibration of {Collection} not usable, measuring again: {Reason}")]
    public static partial void CalibrationUnreadable(ILogger logger, string collection, string reason);

    [LoggerMessage(1009, LogLevel.Debug, "Relevance decision in {Collection} ({Language}): {Decision}, relevance {Relevance:F3} (similarity {Similarity:F3}, coverage {Coverage:F3}, unknown {Unknown:F3}, missing code {MissingCode}) against line {Line:F3} ({Source})")]
    public static partial void RelevanceDecision(ILogger logger, string collection, string language, string decision, double relevance, double similarity, double coverage, double unknown, bool missingCode, double line, string source);
}
