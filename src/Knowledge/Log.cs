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
}
