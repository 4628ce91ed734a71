namespace Edge.Knowledge.Retrieval.Dictionary;

/// <summary>
/// Dictionary translations narrowed to one knowledge base: a German word keeps only English
/// translations whose every word occurs in the manuals, and an English word only German ones that
/// occur — a translation the manuals never use is noise. Among those, technical senses come first,
/// then everyday ones, then other fields, each in dictionary order; at most
/// <see cref="MaxPerWord"/> per word. Keys and targets are analysed terms (stemmed, folded), so
/// inflected forms meet.
/// </summary>
internal sealed partial class TranslationTable
{
    /// <summary>Translations kept per word: enough for a word's technical and everyday senses, few enough to stay on topic.</summary>
    public const int MaxPerWord = 4;

    private readonly Dictionary<string, Translation[]> _germanToEnglish;
    private readonly Dictionary<string, Translation[]> _englishToGerman;

    private TranslationTable(Dictionary<string, Translation[]> germanToEnglish, Dictionary<string, Translation[]> englishToGerman)
    {
        _germanToEnglish = germanToEnglish;
        _englishToGerman = englishToGerman;
    }

    /// <summary>No translations (no dictionary installed).</summary>
    public static TranslationTable Empty { get; } = new([], []);

    /// <summary>Number of German and English words with translations.</summary>
    public int Count => _germanToEnglish.Count + _englishToGerman.Count;

    /// <summary>The translations of an analysed word or phrase (terms joined by a space); empty when none.</summary>
    public IReadOnlyList<Translation> Translate(string key, bool fromGerman) =>
        (fromGerman ? _germanToEnglish : _englishToGerman).GetValueOrDefault(key) ?? [];

    /// <summary>
    /// Keeps the senses whose translation occurs in the knowledge base.
    /// </summary>
    /// <param name="senses">Dictionary senses in dictionary order.</param>
    /// <param name="analyzeGerman">German text → analysed terms.</param>
    /// <param name="analyzeEnglish">English text → analysed terms.</param>
    /// <param name="vocabulary">The analysed terms of the knowledge base.</param>
    public static TranslationTable Build(IEnumerable<DictionarySense> senses, Func<string, string[]> analyzeGerman, Func<string, string[]> analyzeEnglish, IReadOnlySet<string> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(senses);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var probe = new VocabularyProbe(vocabulary);
        Func<string, bool> occurs = vocabulary.Contains;
        var germanTerms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var englishTerms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var toEnglish = new Dictionary<string, List<(Translation Translation, int Order)>>(StringComparer.Ordinal);
        var toGerman = new Dictionary<string, List<(Translation Translation, int Order)>>(StringComparer.Ordinal);
        var order = 0;
        foreach (var sense in senses)
        {
            order++;
            // Most senses cannot matter to these manuals: skip them before analysing anything.
            if (!sense.English.Any(probe.MayContainAll) && !sense.German.Any(probe.MayContainAll))
                continue;
            var german = sense.German.Select(g => (Text: g, Terms: Analyse(germanTerms, analyzeGerman, g))).Where(g => g.Terms.Length > 0).ToList();
            var english = sense.English.Select(e => (Text: e, Terms: Analyse(englishTerms, analyzeEnglish, e))).Where(e => e.Terms.Length > 0).ToList();
            Add(toEnglish, german, english, sense.Domain, order, occurs);
            Add(toGerman, english, german, sense.Domain, order, occurs);
        }
        return new TranslationTable(Select(toEnglish), Select(toGerman));
    }

    private static string[] Analyse(Dictionary<string, string[]> cache, Func<string, string[]> analyze, string text)
    {
        if (!cache.TryGetValue(text, out var terms))
            cache[text] = terms = analyze(text);
        return terms;
    }

    private static void Add(Dictionary<string, List<(Translation, int)>> map, List<(string Text, string[] Terms)> keys,
        List<(string Text, string[] Terms)> targets, SenseDomain domain, int order, Func<string, bool> occurs)
    {
        var present = targets.Where(t => t.Terms.All(occurs)).ToList();
        if (present.Count == 0)
            return;
        foreach (var key in keys)
        {
            var joined = string.Join(' ', key.Terms);
            if (!map.TryGetValue(joined, out var list))
                map[joined] = list = [];
            // A word may be its own translation ("Symbol" → symbol): that still tells a compound's
            // halves apart ("Symbolbibliothek" → symbol library).
            foreach (var target in present)
                list.Add((new Translation(target.Terms, target.Text, domain), order));
        }
    }

    private static Dictionary<string, Translation[]> Select(Dictionary<string, List<(Translation Translation, int Order)>> map) =>
        map.Where(e => e.Value.Count > 0).ToDictionary(
            e => e.Key,
            e => e.Value.OrderByDescending(t => t.Translation.Domain).ThenBy(t => t.Order)
                .DistinctBy(t => string.Join(' ', t.Translation.Terms))
                .Take(MaxPerWord).Select(t => t.Translation).ToArray(),
            StringComparer.Ordinal);
}

/// <summary>One translation: its analysed terms (all must occur together) and its wording.</summary>
/// <param name="Terms">Analysed terms.</param>
/// <param name="Text">The translation as the dictionary writes it.</param>
/// <param name="Domain">The subject of the sense it came from.</param>
internal sealed record Translation(string[] Terms, string Text, SenseDomain Domain);
