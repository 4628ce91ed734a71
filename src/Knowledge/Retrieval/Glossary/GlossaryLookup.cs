namespace Edge.Knowledge.Retrieval;

/// <summary>The glossary keyed by analysed forms, so "Referenzfahrten" finds the entry "Referenzfahrt".</summary>
/// <remarks>
/// Keys and targets are the stemmed, folded terms of each side, joined by a space for multi-word
/// entries ("limit switch" → "limit switch"). Lookups run over word n-grams of the query and over
/// the compound parts of German words, so "Kühlmittelpumpe" reaches "coolant" and "pump".
/// </remarks>
internal sealed class GlossaryLookup
{
    private readonly Dictionary<string, List<string[]>> germanToEnglish = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> englishToGerman = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> englishSurface = new(StringComparer.Ordinal);
    private int maxWords = 1;

    /// <summary>Analyses every entry with the given per-language functions (text → analysed main terms).</summary>
    public GlossaryLookup(Glossary glossary, Func<string, string[]> analyzeGerman, Func<string, string[]> analyzeEnglish)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        foreach (var entry in glossary.Entries)
        {
            var german = entry.German.Select(analyzeGerman).Where(terms => terms.Length > 0).ToList();
            var english = entry.English.Select(analyzeEnglish).Where(terms => terms.Length > 0).ToList();
            foreach (var (text, key) in entry.German.Zip(entry.German.Select(analyzeGerman)))
            {
                if (IsWholeKey(text, key, ' '))
                {
                    Add(germanToEnglish, key, english);
                    englishSurface.TryAdd(string.Join(' ', key), entry.English[0]);
                }
            }

            foreach (var (text, key) in entry.English.Zip(entry.English.Select(analyzeEnglish)))
            {
                if (IsWholeKey(text, key, ' ', '-'))
                {
                    Add(englishToGerman, key, german);
                }
            }
        }

        void Add(Dictionary<string, List<string[]>> map, string[] key, List<string[]> targets)
        {
            maxWords = Math.Max(maxWords, key.Length);
            var joined = string.Join(' ', key);
            if (!map.TryGetValue(joined, out var list))
            {
                map[joined] = list = [];
            }

            list.AddRange(targets);
        }
    }

    /// <summary>
    /// A synonym is a lookup key only if analysis kept every word: "switch on" analyses to "switch"
    /// (stop word gone) and must not turn every "switch" into "einschalten". It still serves as a target.
    /// </summary>
    private static bool IsWholeKey(string text, string[] key, params char[] separators) =>
        key.Length > 0 && key.Length == text.Split(separators, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Calls <paramref name="add"/> with every term of the other language that the words translate to.</summary>
    public void Expand(IReadOnlyList<AnalyzedWord> words, bool fromGerman, Action<string> add) =>
        ExpandTranslations(words, fromGerman, translation =>
        {
            foreach (var term in translation)
            {
                add(term);
            }
        });

    /// <summary>
    /// Calls <paramref name="add"/> with every translation of the words, each as the analysed terms of
    /// one synonym ("heater cartridge" → heater, cartridg), so a caller can require all of them.
    /// </summary>
    /// <param name="words">The analysed words.</param>
    /// <param name="fromGerman">True to translate German to English.</param>
    /// <param name="add">Receives each translation.</param>
    /// <param name="includeParts">False to translate the words only, not their compound parts.</param>
    public void ExpandTranslations(IReadOnlyList<AnalyzedWord> words, bool fromGerman, Action<string[]> add, bool includeParts = true)
    {
        var map = fromGerman ? germanToEnglish : englishToGerman;
        for (var start = 0; start < words.Count; start++)
        {
            var key = words[start].Term;
            for (var length = 1; length <= maxWords && start + length <= words.Count; length++)
            {
                if (length > 1)
                {
                    key += " " + words[start + length - 1].Term;
                }

                AddTargets(map, key, add);
            }

            if (!includeParts)
            {
                continue;
            }

            foreach (var part in words[start].Parts)
            {
                AddTargets(map, part, add);
            }
        }
    }

    /// <summary>The English wording of a German analysed term, if the glossary has one.</summary>
    public string? EnglishFor(string germanTerm) => englishSurface.GetValueOrDefault(germanTerm);

    private static void AddTargets(Dictionary<string, List<string[]>> map, string key, Action<string[]> add)
    {
        if (map.TryGetValue(key, out var targets))
        {
            foreach (var target in targets)
            {
                add(target);
            }
        }
    }
}
