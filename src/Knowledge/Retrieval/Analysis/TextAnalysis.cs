using System.Text.RegularExpressions;
using Edge.Knowledge.Retrieval.Dictionary;
using Lucene.Net.Analysis.Util;

namespace Edge.Knowledge.Retrieval;

/// <summary>The keyword side of retrieval: the terms stored with a chunk and the weighted terms of a question.</summary>
/// <remarks>
/// Codes are cut out first (<see cref="CodeTerms"/>), the rest goes through the Lucene chain of the
/// chunk's language. Thread-safe: Lucene analyzers keep per-thread components, and the state that
/// <see cref="AddVocabulary"/> changes is swapped as a whole.
/// </remarks>
internal sealed partial class TextAnalysis
{
    private readonly GlossaryLookup plantGlossary;
    private readonly Lock vocabularyGate = new();
    private readonly GermanWordChain germanWords = new(StopWords.German);
    private volatile State state;

    /// <summary>Creates the analysis with a glossary and, optionally, the vocabulary of the indexed corpus.</summary>
    public TextAnalysis(Glossary glossary, IEnumerable<string>? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        var dictionary = CompoundDictionary.Build(null, CompoundDictionary.BaseWords, glossary.GermanTerms.Concat(vocabulary ?? []));
        state = new State(new EnglishChain(StopWords.English), new GermanChain(StopWords.German, dictionary), dictionary);
        var current = state;
        plantGlossary = new GlossaryLookup(
            glossary,
            german => [.. AnalyzeGerman(current.German, german).Select(word => word.Term)],
            english => [.. TokenStreams.Words(current.English, english).Select(word => word.Term)]);
    }

    /// <summary>The shipped glossary and word list, no corpus vocabulary.</summary>
    public static TextAnalysis CreateDefault() => new(Glossary.LoadDefault());

    /// <summary>Adds words (typically the distinct German words of the plant's manuals) to the compound dictionary.</summary>
    /// <remarks>Chunks analysed before the call keep their old terms: add vocabulary before indexing, or re-index.</remarks>
    public void AddVocabulary(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        lock (vocabularyGate)
        {
            var dictionary = CompoundDictionary.Build(state.Dictionary, [], words);
            state = state with { German = new GermanChain(StopWords.German, dictionary), Dictionary = dictionary };
        }
    }

    /// <summary>The terms to store with a chunk: codes, then analysed words with compound parts; repeats kept for term frequency.</summary>
    /// <param name="text">Chunk text.</param>
    /// <param name="language">"de" for the German chain, anything else for English.</param>
    public string[] IndexTerms(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var codes = new List<CodeTerm>();
        var wordText = CodeTerms.Extract(text, codes);
        var current = state;
        var words = IsGerman(language) ? AnalyzeGerman(current.German, wordText) : TokenStreams.Words(current.English, wordText);
        var terms = new List<string>(codes.Count + (words.Count * 2));
        foreach (var code in codes)
        {
            terms.Add(code.Term);
        }

        foreach (var word in words)
        {
            terms.Add(word.Term);
            terms.AddRange(word.Parts);
        }

        return [.. terms];
    }

    /// <summary>The analysed words of German text (stemmed, folded), without compound parts.</summary>
    public string[] GermanTerms(string text) => [.. AnalyzeGerman(germanWords, text).Select(word => word.Term)];

    /// <summary>The analysed words of English text (stemmed, folded).</summary>
    public string[] EnglishTerms(string text) => [.. TokenStreams.Words(state.English, text).Select(word => word.Term)];

    /// <summary>The plant's glossary with a knowledge base's dictionary translations behind it.</summary>
    private GlossaryLookup Lookup(TranslationTable? translations) => plantGlossary.With(translations ?? TranslationTable.Empty);

    /// <summary>Normalises chunk text the way query phrases are normalised, for verbatim phrase matching.</summary>
    public static string NormalizeForPhrase(string text) => Phrases.Normalize(text);

    private static bool IsGerman(string language) => language.StartsWith(LanguageDetector.German, StringComparison.OrdinalIgnoreCase);

    /// <summary>German words; a hyphenated compound ("Kühlmittel-Pumpe") becomes one word whose parts include its pieces.</summary>
    private static List<AnalyzedWord> AnalyzeGerman(Lucene.Net.Analysis.Analyzer chain, string text)
    {
        var matches = HyphenatedPattern().Matches(text);
        if (matches.Count == 0)
        {
            return TokenStreams.Words(chain, text);
        }

        var words = new List<AnalyzedWord>();
        var copied = 0;
        foreach (Match match in matches)
        {
            words.AddRange(TokenStreams.Words(chain, text[copied..match.Index]));
            copied = match.Index + match.Length;
            var joined = TokenStreams.Words(chain, match.Value.Replace("-", "", StringComparison.Ordinal));
            if (joined.Count != 1)
            {
                continue;
            }

            var parts = new List<string>(joined[0].Parts);
            foreach (var piece in TokenStreams.Words(chain, match.Value.Replace('-', ' ')))
            {
                parts.Add(piece.Term);
                parts.AddRange(piece.Parts);
            }

            parts.RemoveAll(part => part == joined[0].Term);
            words.Add(joined[0] with { Parts = [.. parts.Distinct()] });
        }

        words.AddRange(TokenStreams.Words(chain, text[copied..]));
        return words;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*)+(?![\p{L}\p{N}])")]
    private static partial Regex HyphenatedPattern();

    /// <summary>Everything <see cref="AddVocabulary"/> replaces, swapped in one assignment.</summary>
    private sealed record State(EnglishChain English, GermanChain German, CharArraySet Dictionary);
}
