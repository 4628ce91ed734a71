using System.Reflection;
using Lucene.Net.Analysis.Util;

namespace Edge.Knowledge.Retrieval;

/// <summary>Builds the word list that German compounds are split against.</summary>
/// <remarks>
/// Three sources: a shipped list of German technical base words (Pumpe, Lager, Ventil, Öl ...),
/// the German side of the glossary, and optionally the vocabulary of the plant's own manuals, so
/// that in-house part names decompose as well. All are normalised like the text they are matched in.
/// </remarks>
internal static class CompoundDictionary
{
    private const string ResourceName = "Edge.Knowledge.Retrieval.Analysis.german-base-words.txt";

    /// <summary>Glossary and corpus words shorter than this are not added: short words split long ones at random.</summary>
    private const int MinVocabularyWordLength = 4;

    private static readonly Lazy<string[]> Shipped = new(ReadBaseWords);

    /// <summary>The shipped base words as written.</summary>
    public static IReadOnlyList<string> BaseWords => Shipped.Value;

    /// <summary>A new dictionary: the words of <paramref name="existing"/>, the curated base words, and other words of 4+ letters.</summary>
    /// <param name="existing">A dictionary to extend, or null.</param>
    /// <param name="baseWords">Curated words; short ones such as "Öl" are meant.</param>
    /// <param name="otherWords">Glossary terms or corpus vocabulary.</param>
    public static CharArraySet Build(CharArraySet? existing, IEnumerable<string> baseWords, IEnumerable<string> otherWords)
    {
        using var surface = new GermanSurfaceChain();
        var dictionary = new CharArraySet(EnglishChain.Version, existing?.Count ?? 4096, ignoreCase: false);
        if (existing is not null)
        {
            dictionary.UnionWith(existing);
        }

        foreach (var word in baseWords)
        {
            AddNormalised(dictionary, surface, word, minLength: 2);
        }

        foreach (var word in otherWords)
        {
            AddNormalised(dictionary, surface, word, MinVocabularyWordLength);
        }

        return dictionary;
    }

    private static void AddNormalised(CharArraySet dictionary, GermanSurfaceChain surface, string word, int minLength)
    {
        // "Not-Aus" is matched as "notaus" because the German analysis joins hyphenated compounds.
        foreach (var token in TokenStreams.Tokens(surface, word.Replace("-", "", StringComparison.Ordinal)))
        {
            if (token.Length >= minLength && !StopWords.German.Contains(token) && token.All(char.IsLetter))
            {
                dictionary.Add(token);
            }
        }
    }

    private static string[] ReadBaseWords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded word list {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && word[0] != '#')
            {
                words.Add(word);
            }
        }

        return [.. words];
    }
}
