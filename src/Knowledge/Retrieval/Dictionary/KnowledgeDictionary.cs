using System.Diagnostics;
using System.Globalization;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Retrieval.Dictionary;

/// <summary>
/// The German–English dictionary for the current manuals: read from the installed file
/// (<c>Knowledge:DictionaryFile</c>, Debian's <c>trans-de-en</c> by default), narrowed to the words
/// the manuals use, and kept in the knowledge base until the manuals or the file change. Without
/// the file every question is answered as before, from the plant's glossary alone, and the status
/// says the dictionary is missing.
/// </summary>
internal sealed class KnowledgeDictionary(KnowledgeStore store, TextAnalysis analysis, IOptions<KnowledgeOptions> options, ILogger<KnowledgeDictionary> logger)
{
    /// <summary>Changes when the table's content rules change, so stored tables are rebuilt.</summary>
    private const string TableFormat = "ding-2";

    private const string CacheName = "dictionary";

    // The parsed file, kept only while nothing else needs the memory: several knowledge bases in
    // one process (tests, a pack install right after an ingest) then read the 25 MB file once.
    private static readonly Lock ParsedGate = new();
    private static (string Identity, WeakReference<List<DictionarySense>> Senses)? parsed;

    private static List<DictionarySense> Senses(FileInfo file)
    {
        var identity = file.FullName + "|" + file.Length.ToString(CultureInfo.InvariantCulture) + "|" + file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture);
        lock (ParsedGate)
        {
            if (parsed is { } memo && memo.Identity == identity && memo.Senses.TryGetTarget(out var senses))
                return senses;
            senses = [.. DingFile.Read(file.FullName)];
            parsed = (identity, new WeakReference<List<DictionarySense>>(senses));
            return senses;
        }
    }


    /// <summary>The translations for the manuals of <paramref name="version"/> with the given indexed terms.</summary>
    public TranslationTable For(long version, IReadOnlySet<string> vocabulary)
    {
        var status = DictionaryStatus.Of(options.Value);
        if (!status.Present || vocabulary.Count == 0)
            return TranslationTable.Empty;
        var file = new FileInfo(status.Path!);
        var identity = string.Join('|', TableFormat, version.ToString(CultureInfo.InvariantCulture), file.FullName,
            file.Length.ToString(CultureInfo.InvariantCulture), file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture),
            options.Value.GlossaryFile ?? "");
        try
        {
            if (store.ReadCache(CacheName, identity) is { } cached)
                return TranslationTable.Read(new StringReader(cached));
        }
        catch (Exception ex) when (ex is InvalidDataException or LiteDB.LiteException or IOException)
        {
            Log.DictionaryCacheUnusable(logger, ex.Message);
        }

        var started = Stopwatch.GetTimestamp();
        var table = TranslationTable.Build(Senses(file), analysis.GermanTerms, analysis.EnglishTerms, vocabulary);
        Log.DictionaryNarrowed(logger, table.Count, vocabulary.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        try
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            table.Write(text);
            store.WriteCache(CacheName, identity, text.ToString());
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or UnauthorizedAccessException)
        {
            // A read-only data directory still answers; the table is simply rebuilt next time.
            Log.DictionaryCacheUnusable(logger, ex.Message);
        }
        return table;
    }
}

/// <summary>The dictionary file as configured.</summary>
/// <param name="Path">Configured path; null when switched off.</param>
/// <param name="Present">The file exists.</param>
/// <param name="Reason">Why it is not used, when it is not.</param>
public sealed record DictionaryStatus(string? Path, bool Present, string? Reason)
{
    /// <summary>The state of the configured file; checks that it exists, reads nothing.</summary>
    public static DictionaryStatus Of(KnowledgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.DictionaryFile;
        if (string.IsNullOrWhiteSpace(path))
            return new DictionaryStatus(null, false, "switched off (Knowledge:DictionaryFile is empty)");
        return File.Exists(path)
            ? new DictionaryStatus(path, true, null)
            : new DictionaryStatus(path, false, $"{path} not found: install the Debian package trans-de-en; German questions use the glossary alone");
    }
}
