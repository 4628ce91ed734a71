using Edge.Knowledge.Storage;

namespace Edge.Knowledge.Vocabulary;

/// <summary>
/// The words a speech recogniser should expect at this plant: titles of the manuals and the codes
/// they use (machine names, alarm codes, parameter names). Built from the stored chunks once per
/// knowledge version and collection, so asking for it before every transcription costs a lookup.
/// </summary>
internal sealed class PlantVocabulary(KnowledgeStore store, KnowledgeDatabase database)
{
    /// <summary>The most terms kept per collection; more would not fit a Whisper prompt anyway.</summary>
    public const int MaxTerms = 200;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (long Version, IReadOnlyList<string> Terms)> _cache = new(StringComparer.Ordinal);

    /// <summary>Up to <paramref name="max"/> terms for <paramref name="collection"/> (null = all), most useful first.</summary>
    public IReadOnlyList<string> Get(string? collection, int max)
    {
        var version = store.Version;
        var key = collection ?? "";
        lock (_gate)
        {
            if (!_cache.TryGetValue(key, out var cached) || cached.Version != version)
            {
                cached = (version, Build(collection, MaxTerms));
                _cache[key] = cached;
            }
            return cached.Terms.Count <= max ? cached.Terms : [.. cached.Terms.Take(max)];
        }
    }

    // Titles of the largest manuals first (at most a third of the list: a plant with fifty manuals
    // would otherwise fill the prompt with titles), then code words by the number of passages using them.
    private List<string> Build(string? collection, int max)
    {
        var documents = store.ListDocuments(collection);
        var terms = documents.OrderByDescending(d => d.ChunkCount).ThenBy(d => d.Title, StringComparer.Ordinal)
            .Select(d => d.Title.Trim()).Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(Math.Max(1, max / 3)).ToList();
        if (documents.Count == 0)
            return terms;

        var counts = new Dictionary<string, (int Passages, Dictionary<string, int> Spellings)>(StringComparer.Ordinal);
        foreach (var text in ChunkTexts(collection))
        {
            foreach (var group in CodeWords.Find(text).GroupBy(c => c.Key, StringComparer.Ordinal))
            {
                if (!counts.TryGetValue(group.Key, out var entry))
                    counts[group.Key] = entry = (0, new Dictionary<string, int>(StringComparer.Ordinal));
                foreach (var (_, word) in group)
                    entry.Spellings[word] = entry.Spellings.GetValueOrDefault(word) + 1;
                counts[group.Key] = (entry.Passages + 1, entry.Spellings);
            }
        }
        terms.AddRange(counts
            .OrderByDescending(c => c.Value.Passages).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Value.Spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key)
            .Take(max - terms.Count));
        return terms;
    }

    private IEnumerable<string> ChunkTexts(string? collection)
    {
        var chunks = database.Database.GetCollection<ChunkRecord>(KnowledgeDatabase.Collections.Chunks).Query();
        if (collection is not null)
            chunks = chunks.Where(c => c.Collection == collection);
        return chunks.Select(c => new { c.Text }).ToEnumerable().Select(c => c.Text ?? "");
    }
}
