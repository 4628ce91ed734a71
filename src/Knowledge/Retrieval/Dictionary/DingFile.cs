using System.Text;

namespace Edge.Knowledge.Retrieval.Dictionary;

/// <summary>
/// Reads the German–English dictionary of TU Chemnitz ("Ding", Debian package <c>trans-de-en</c>,
/// <c>/usr/share/trans/de-en</c>). A line is <c>German | forms … :: English | forms …</c>: the
/// alternatives separated by <c>|</c> correspond on both sides (headword, plural or verb forms,
/// compounds, phrases), synonyms within one are separated by <c>;</c>, and annotations in braces,
/// brackets and parentheses give gender, subject and usage.
/// </summary>
/// <remarks>
/// Only what a question word can be looked up by is kept: German sides of at most
/// <see cref="MaxGermanWords"/> words (a verb form such as "er/sie geht" by its verb) and English
/// sides of at most <see cref="MaxEnglishWords"/> words. Example sentences are skipped.
/// </remarks>
internal static class DingFile
{
    /// <summary>Where Debian installs the dictionary.</summary>
    public const string DebianPath = "/usr/share/trans/de-en";

    /// <summary>Longest German phrase kept, in words.</summary>
    public const int MaxGermanWords = 2;

    /// <summary>Longest English phrase kept, in words.</summary>
    public const int MaxEnglishWords = 3;

    private static readonly HashSet<string> TechnicalTags = new(StringComparer.Ordinal)
    {
        "techn.", "electr.", "comp.", "mach.", "auto", "constr.", "phys.", "telco.", "aviat.", "chem.", "transp.", "min.",
    };

    private static readonly HashSet<string> OtherTags = new(StringComparer.Ordinal)
    {
        "ornith.", "bot.", "zool.", "geogr.", "cook.", "med.", "mus.", "hist.", "pol.", "relig.", "jur.", "fin.", "econ.",
        "anat.", "sport", "ling.", "lit.", "art", "textil.", "agr.", "pharm.", "biochem.", "biol.", "psych.", "phil.",
        "soc.", "adm.", "naut.", "mil.", "humor.", "pej.", "slang", "vulg.", "rare", "obs.", "veraltet", "poet.", "geh.",
        "fig.", "übtr.", "myth.", "astron.", "geol.", "envir.",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ich", "du", "er", "sie", "es", "wir", "ihr", "man", "i", "you", "he", "she", "it", "we", "they",
    };

    /// <summary>The senses of the file, in file order.</summary>
    public static IEnumerable<DictionarySense> Read(string path)
    {
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            foreach (var sense in Parse(line))
                yield return sense;
        }
    }

    /// <summary>The senses of one line (none for comments and malformed lines).</summary>
    public static IEnumerable<DictionarySense> Parse(string line)
    {
        if (line.Length == 0 || line[0] == '#')
            yield break;
        var separator = line.IndexOf(" :: ", StringComparison.Ordinal);
        if (separator <= 0)
            yield break;
        var german = SplitOutside(line[..separator], '|');
        var english = SplitOutside(line[(separator + 4)..], '|');
        // Alternatives correspond only when both sides have as many; otherwise the headword pair alone is safe.
        var pairs = german.Count == english.Count ? german.Count : 1;
        var domain = Domain(line[..separator]);
        for (var i = 0; i < pairs; i++)
        {
            var germanWords = Synonyms(german[i], MaxGermanWords);
            if (germanWords.Count == 0)
                continue;
            var englishWords = Synonyms(english[i], MaxEnglishWords);
            if (englishWords.Count > 0)
                yield return new DictionarySense(germanWords, englishWords, domain);
        }
    }

    private static SenseDomain Domain(string germanSide)
    {
        var domain = SenseDomain.General;
        foreach (var tag in Bracketed(germanSide))
        {
            if (TechnicalTags.Contains(tag))
                return SenseDomain.Technical;
            if (OtherTags.Contains(tag))
                domain = SenseDomain.Other;
        }
        return domain;
    }

    private static IEnumerable<string> Bracketed(string text)
    {
        for (var start = text.IndexOf('[', StringComparison.Ordinal); start >= 0; start = text.IndexOf('[', start + 1))
        {
            var end = text.IndexOf(']', start);
            if (end < 0)
                yield break;
            yield return text[(start + 1)..end];
        }
    }

    private static List<string> Synonyms(string alternative, int maxWords)
    {
        var synonyms = new List<string>();
        foreach (var raw in SplitOutside(alternative, ';'))
        {
            // Most alternatives are phrases and examples: count their words before cleaning them.
            if (WordsOutsideBrackets(raw) > maxWords + 3)
                continue;
            var words = Clean(raw).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (words.Count > 1 && words[0] == "to")
                words.RemoveAt(0);
            // "er/sie geht", "he/she goes": the verb form without its pronouns.
            while (words.Count > 1 && words[0].Split('/').All(Pronouns.Contains))
                words.RemoveAt(0);
            if (words.Count == 0 || words.Count > maxWords || words.Any(w => w.Contains('/', StringComparison.Ordinal) || w.Contains("...", StringComparison.Ordinal) || w.EndsWith('.')))
                continue;
            // Sentences ("Komm mit!") and punctuation-only leftovers are not lookup words.
            var phrase = string.Join(' ', words);
            if (phrase.Any(c => c is '!' or '?' or ',' or '"' or '„' or '“') || !phrase.Any(char.IsLetter))
                continue;
            synonyms.Add(phrase);
        }
        return synonyms;
    }

    private static int WordsOutsideBrackets(string text)
    {
        var words = 0;
        var depth = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c is '{' or '[' or '(' or '<')
                depth++;
            else if (c is '}' or ']' or ')' or '>')
                depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c != ' ' && !inWord)
                words++;
            inWord = depth == 0 && c != ' ' && c is not ('}' or ']' or ')' or '>');
        }
        return words;
    }

    /// <summary>Drops annotations in {…}, […], (…), &lt;…&gt; and /…/ and collapses spaces.</summary>
    internal static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var depth = 0;
        var inSlashes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '{' or '[' or '(' or '<':
                    depth++;
                    continue;
                case '}' or ']' or ')' or '>':
                    depth = Math.Max(0, depth - 1);
                    continue;
                case '/' when depth == 0 && (inSlashes || (i + 1 < text.Length && char.IsUpper(text[i + 1]) && (i == 0 || text[i - 1] == ' '))):
                    // "/SMD/", "/iVm/": an abbreviation given beside the word.
                    inSlashes = !inSlashes;
                    continue;
            }
            if (depth == 0 && !inSlashes)
                builder.Append(c);
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Splits at <paramref name="separator"/> outside brackets, trimming each piece.</summary>
    private static List<string> SplitOutside(string text, char separator)
    {
        var pieces = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '{' or '[' or '(')
                depth++;
            else if (c is '}' or ']' or ')')
                depth = Math.Max(0, depth - 1);
            else if (c == separator && depth == 0)
            {
                pieces.Add(text[start..i].Trim());
                start = i + 1;
            }
        }
        pieces.Add(text[start..].Trim());
        return pieces;
    }
}
