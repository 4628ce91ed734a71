using System.Text.RegularExpressions;

namespace Edge.Knowledge.Retrieval;

/// <summary>
/// The infinitives a spoken German verb form may stand for, so the glossary (which lists
/// infinitives) still finds it: "brech ich das ab" → "abbrechen", "hab … gemessen" → "messen",
/// "wechsle" → "wechseln", "eingestellt" → "einstellen". Candidates are guesses; only those the
/// glossary knows have any effect.
/// </summary>
internal static class GermanVerbForms
{
    /// <summary>Separable prefixes, longest first so "zurück" is tried before "zu".</summary>
    private static readonly string[] Prefixes =
        ["zurück", "heraus", "herein", "runter", "durch", "fest", "raus", "rein", "nach", "hoch", "auf", "aus", "ein", "los", "vor", "weg", "mit", "ab", "an", "um", "zu"];

    /// <summary>
    /// Separable prefixes standing alone at the end of a clause ("Wie stelle ich die Spannung ein?"),
    /// where spoken German puts them, lower-case.
    /// </summary>
    public static IReadOnlyList<string> DetachedPrefixes(string question) =>
        [.. DetachedPrefix.Matches(question).Select(m => m.Groups[1].Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    /// <summary>A prefix from <see cref="Prefixes"/> standing alone before punctuation or the end.</summary>
    private static readonly Regex DetachedPrefix = new(
        @"\b(" + string.Join('|', Prefixes) + @")\s*(?:[?.!,;:]|$)", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>Infinitives <paramref name="word"/> may be a form of, each also with every detached prefix in front.</summary>
    public static IEnumerable<string> Infinitives(string word, IReadOnlyList<string> detachedPrefixes)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < 3 || !lower.All(char.IsLetter))
            return [];
        var stems = Stems(lower).Distinct(StringComparer.Ordinal).ToList();
        return stems.Concat(detachedPrefixes.SelectMany(prefix => stems.Select(stem => prefix + stem))).Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Stems(string word)
    {
        // Past participles: "gemessen" → "messen", "geprüft" → "prüfen", "eingestellt" → "einstellen".
        if (word.StartsWith("ge", StringComparison.Ordinal) && word.Length >= 6)
            yield return FromParticiple(word[2..]);
        foreach (var prefix in Prefixes.Where(p => word.StartsWith(p + "ge", StringComparison.Ordinal) && word.Length >= p.Length + 5))
            yield return prefix + FromParticiple(word[(prefix.Length + 2)..]);

        // Present tense as spoken: "wechsle" → "wechseln", "ändre" → "ändern", "dreht" → "drehen",
        // "wartet" → "warten", "brech" → "brechen".
        if (word.EndsWith("le", StringComparison.Ordinal) || word.EndsWith("re", StringComparison.Ordinal))
            yield return word[..^2] + "e" + word[^2] + "n";
        if (word.EndsWith("et", StringComparison.Ordinal))
            yield return word[..^2] + "en";
        else if (word.EndsWith('t'))
            yield return word[..^1] + "en";
        if (word.EndsWith('e'))
            yield return word + "n";
        else if (!word.EndsWith("en", StringComparison.Ordinal))
            yield return word + "en";
    }

    private static string FromParticiple(string core) =>
        core.EndsWith("en", StringComparison.Ordinal) ? core
        : core.EndsWith("et", StringComparison.Ordinal) ? core[..^2] + "en"
        : core.EndsWith('t') ? core[..^1] + "en"
        : core + "en";
}
