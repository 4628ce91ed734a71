using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Edge.Knowledge.Retrieval;

/// <summary>English words: possessives off, lower-case, accents folded, stop words out, Porter stems.</summary>
internal sealed class EnglishChain(CharArraySet stopWords) : Analyzer
{
    /// <summary>The Lucene compatibility version all chains are built with.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <inheritdoc/>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, stopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}

/// <summary>German words: lower-case, umlauts normalised (ü = ue = u), stop words out, compounds split, light stems.</summary>
/// <remarks>
/// Normalisation runs before the compound filter, so the dictionary (normalised the same way)
/// matches "Kühlmittel", "Kuehlmittel" and "Kuhlmittel" alike. Compound parts come out at the
/// compound's position (increment 0); <see cref="CompoundParts"/> then keeps the plausible ones.
/// </remarks>
internal sealed class GermanChain(CharArraySet stopWords, CharArraySet compoundDictionary) : Analyzer
{
    /// <summary>Compounds shorter than this are not split.</summary>
    private const int MinCompoundLength = 5;

    /// <inheritdoc/>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(EnglishChain.Version, reader);
        TokenStream stream = new LowerCaseFilter(EnglishChain.Version, source);
        stream = new GermanNormalizationFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(EnglishChain.Version, stream, stopWords);
        stream = new DictionaryCompoundWordTokenFilter(
            EnglishChain.Version, stream, compoundDictionary, MinCompoundLength, minSubwordSize: 2, maxSubwordSize: 30, onlyLongestMatch: false);
        stream = new StopFilter(EnglishChain.Version, stream, stopWords);
        stream = new GermanLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}

/// <summary>German words as <see cref="GermanChain"/> stems them, without compound parts.</summary>
/// <remarks>
/// The same word terms as the full chain (compound parts come out beside a word, never instead of
/// it) at a fraction of the cost, for looking up hundreds of thousands of dictionary words.
/// </remarks>
internal sealed class GermanWordChain(CharArraySet stopWords) : Analyzer
{
    /// <inheritdoc/>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(EnglishChain.Version, reader);
        TokenStream stream = new LowerCaseFilter(EnglishChain.Version, source);
        stream = new GermanNormalizationFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(EnglishChain.Version, stream, stopWords);
        stream = new GermanLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}

/// <summary>German surface forms without stemming or splitting: lower-case, umlauts normalised, folded.</summary>
/// <remarks>Used to put stop words, dictionary words and vocabulary into the exact form the German chain compares.</remarks>
internal sealed class GermanSurfaceChain : Analyzer
{
    /// <inheritdoc/>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(EnglishChain.Version, reader);
        TokenStream stream = new LowerCaseFilter(EnglishChain.Version, source);
        stream = new GermanNormalizationFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
