using Edge.Knowledge.Retrieval.Dictionary;

namespace Edge.Knowledge.Retrieval;

/// <summary>
/// Translations keyed by analysed forms, so "Referenzfahrten" finds the entry "Referenzfahrt": the
/// plant's glossary first, where it has a word, then the dictionary narrowed to the manuals.
/// </summary>
/// <remarks>
/// Keys and targets are the stemmed, folded terms of each side, joined by a space for multi-word
/// entries ("limit switch" → "limit switch"). Lookups run over word n-grams of the query and over
/// the compound parts of German words, so "Kühlmittelpumpe" reaches "coolant" and "pump"; a German
/// compound that neither knows is split into two words the dictionary knows ("Kupferinsel" →
/// copper, island).
/// </remarks>
internal sealed class GlossaryLookup
{
    /// <summary>Shortest piece a compound is split into.</summary>
    private const int MinSplitPart = 3;

    private readonly Dictionary<string, List<string[]>> germanToEnglish = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> englishToGerman = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> englishSurface = new(StringComparer.Ordinal);
    private readonly Func<string, string[]> analyzeGerman;
    private readonly TranslationTable dictionary = TranslationTable.Empty;
    private int maxWords = 1;

    private GlossaryLookup(GlossaryLookup glossary, TranslationTable dictionary)
    {
        germanToEnglish = glossary.germanToEnglish;
        englishToGerman = glossary.englishToGerman;
        englishSurface = glossary.englishSurface;
        analyzeGerman = glossary.analyzeGerman;
        maxWords = Math.Max(glossary.maxWords, DingFile.MaxEnglishWords);
        this.dictionary = dictionary;
    }

    /// <summary>This glossary with the dictionary translations of one knowledge base behind it.</summary>
    public GlossaryLookup With(TranslationTable translations) =>
        ReferenceEquals(translations, dictionary) ? this : new GlossaryLookup(this, translations);

    /// <summary>Analyses every entry with the given per-language functions (text → analysed main terms).</summary>
    public GlossaryLookup(Glossary glossary, Func<string, string[]> analyzeGerman, Func<string, string[]> analyzeEnglish)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        this.analyzeGerman = analyzeGerman;
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
    /// <remarks>
    /// Every translation counts in full: weighing a word's translations as shares of one word
    /// ranked worse on every development set (docs/QUALITY.md).
    /// </remarks>
    public void Expand(IReadOnlyList<AnalyzedWord> words, bool fromGerman, Action<string, bool> add) =>
        Translate(words, fromGerman, (translation, curated) =>
        {
            foreach (var term in translation)
            {
                add(term, curated);
            }
        }, includeParts: true);

    /// <summary>
    /// Calls <paramref name="add"/> with every translation of the words, each as the analysed terms of
    /// one synonym ("heater cartridge" → heater, cartridg), so a caller can require all of them.
    /// </summary>
    /// <param name="words">The analysed words.</param>
    /// <param name="fromGerman">True to translate German to English.</param>
    /// <param name="add">Receives each translation.</param>
    /// <param name="includeParts">False to translate the words only, not their compound parts.</param>
    public void ExpandTranslations(IReadOnlyList<AnalyzedWord> words, bool fromGerman, Action<string[]> add, bool includeParts = true) =>
        Translate(words, fromGerman, (translation, _) => add(translation), includeParts);

    /// <summary>The translations of the words; the flag says whether the plant's glossary gave it (true) or the dictionary.</summary>
    private void Translate(IReadOnlyList<AnalyzedWord> words, bool fromGerman, Action<string[], bool> add, bool includeParts)
    {
        var map = fromGerman ? germanToEnglish : englishToGerman;
        for (var start = 0; start < words.Count; start++)
        {
            var key = words[start].Term;
            var found = false;
            for (var length = 1; length <= maxWords && start + length <= words.Count; length++)
            {
                if (length > 1)
                {
                    key += " " + words[start + length - 1].Term;
                }

                found |= AddTargets(map, key, fromGerman, add);
            }

            if (!includeParts)
            {
                continue;
            }

            var partFound = false;
            foreach (var part in words[start].Parts)
            {
                partFound |= AddTargets(map, part, fromGerman, add);
            }

            // A compound neither the glossary nor the dictionary knows, nor its parts: two words the dictionary knows.
            if (fromGerman && !found && !partFound && Split(words[start].Term) is { } split)
            {
                foreach (var left in Targets(map, split.Left, fromGerman).Take(2))
                {
                    foreach (var right in Targets(map, split.Right, fromGerman).Take(2))
                        add([.. left.Terms, .. right.Terms], left.Curated && right.Curated);
                }
            }
        }
    }

    /// <summary>The English wording of a German analysed term: the glossary's, else the dictionary's first, else that of its two halves.</summary>
    public string? EnglishFor(string germanTerm)
    {
        if (englishSurface.TryGetValue(germanTerm, out var surface))
            return surface;
        if (dictionary.Translate(germanTerm, fromGerman: true) is [var first, ..])
            return first.Text;
        return Split(germanTerm) is { } split
            ? EnglishFor(split.Left) + " " + EnglishFor(split.Right)
            : null;
    }

    private bool AddTargets(Dictionary<string, List<string[]>> map, string key, bool fromGerman, Action<string[], bool> add)
    {
        var found = false;
        foreach (var (terms, curated) in Targets(map, key, fromGerman))
        {
            add(terms, curated);
            found = true;
        }
        return found;
    }

    /// <summary>The glossary's translations of a key where it has the key (the plant's words win), else the dictionary's.</summary>
    private IEnumerable<(string[] Terms, bool Curated)> Targets(Dictionary<string, List<string[]>> map, string key, bool fromGerman) =>
        map.TryGetValue(key, out var targets)
            ? targets.Select(t => (t, true))
            : dictionary.Translate(key, fromGerman).Select(t => (t.Terms, false));

    private bool Knows(string key) => germanToEnglish.ContainsKey(key) || dictionary.Translate(key, fromGerman: true).Count > 0;

    /// <summary>
    /// The split of a German term into two known words with the longest shorter half ("kupferinsel"
    /// → kupfer + insel), a linking s or n of the first half allowed; null when there is none.
    /// </summary>
    private (string Left, string Right)? Split(string term)
    {
        if (dictionary.Count == 0 || term.Length < 2 * MinSplitPart || !term.All(char.IsLetter))
            return null;
        (string Left, string Right)? best = null;
        var bestShorter = 0;
        for (var at = MinSplitPart; at <= term.Length - MinSplitPart; at++)
        {
            var shorter = Math.Min(at, term.Length - at);
            if (shorter <= bestShorter || Key(term[at..]) is not { } right)
                continue;
            var left = Key(term[..at]) ?? (term[at - 1] is 's' or 'n' && at - 1 >= MinSplitPart ? Key(term[..(at - 1)]) : null);
            if (left is null)
                continue;
            best = (left, right);
            bestShorter = shorter;
        }
        return best;

        string? Key(string piece) => analyzeGerman(piece) is [var only] && Knows(only) ? only : null;
    }
}
