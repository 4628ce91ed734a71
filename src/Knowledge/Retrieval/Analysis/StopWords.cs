using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Util;

namespace Edge.Knowledge.Retrieval;

/// <summary>Stop words of both languages, in the form each chain compares them.</summary>
/// <remarks>
/// Lucene's English list has 33 words; questions add "how", "what", "do", "I" that would otherwise
/// become keywords matching every chunk. German stop words are normalised like the text (für → fur),
/// so "fuer" typed without umlaut is dropped too.
/// </remarks>
internal static class StopWords
{
    private static readonly string[] EnglishExtras =
    [
        "i", "me", "my", "we", "our", "you", "your", "he", "she", "him", "her", "its", "what", "which", "who",
        "whom", "when", "where", "why", "how", "do", "does", "did", "doing", "done", "have", "has", "had",
        "having", "been", "being", "am", "were", "would", "should", "could", "can", "shall", "may", "might",
        "must", "of", "from", "again", "once", "here", "all", "any", "both", "each", "some", "so", "than",
        "too", "very", "just", "only", "own", "same", "also", "about", "after", "before", "because", "until",
        "while", "through", "during", "please", "tell", "get", "got", "i'm", "it's", "don't", "doesn't",
        "much", "many", "still", "really", "anyway", "getting", "gets", "can't", "won't", "isn't", "i've",
        // Negated auxiliaries and contractions, whole and as the tokenizer may cut them ("shouldn't" →
        // shouldn, t), as common English stop lists have them.
        "shouldn't", "shouldn", "didn't", "didn", "wasn't", "wasn", "weren't", "weren", "haven't", "haven",
        "hasn't", "hasn", "hadn't", "hadn", "couldn't", "couldn", "wouldn't", "wouldn", "mustn't", "mustn",
        "needn't", "needn", "aren't", "aren", "isn", "doesn", "don", "won", "ve", "ll", "re", "you're",
        "you've", "i'll", "i'd", "we're", "we've", "they're", "that's", "there's", "let's",
    ];

    private static readonly string[] GermanExtras =
    [
        "warum", "wann", "wieso", "weshalb", "wer", "bitte", "mache", "machen", "macht", "gibt", "geht",
        "kann", "muss", "soll", "sollte", "tun", "tue", "ja", "mal", "gerade", "eigentlich", "dass",
        // Contractions of a preposition and an article, and separable prefixes left at the end of a
        // spoken clause ("wie brech ich das ab"): the verb-form lookup joins the prefix to its verb.
        "beim", "aufs", "ins", "ans", "vom", "zum", "zur", "übers", "fürs", "ums", "ab", "raus", "rein",
        "heraus", "herein", "runter", "rauf", "drauf", "dran", "drin", "hab", "etwas", "immer", "noch",
    ];

    private static readonly Lazy<CharArraySet> EnglishSet = new(() =>
    {
        var set = new CharArraySet(EnglishChain.Version, EnglishAnalyzer.DefaultStopSet.Count + EnglishExtras.Length, ignoreCase: false);
        set.UnionWith(EnglishAnalyzer.DefaultStopSet);
        set.UnionWith(EnglishExtras);
        return set.AsReadOnly();
    });

    private static readonly Lazy<CharArraySet> GermanSet = new(() =>
    {
        using var surface = new GermanSurfaceChain();
        var set = new CharArraySet(EnglishChain.Version, GermanAnalyzer.DefaultStopSet.Count + GermanExtras.Length, ignoreCase: false);
        foreach (var word in GermanAnalyzer.DefaultStopSet.Concat(GermanExtras))
        {
            set.UnionWith(TokenStreams.Tokens(surface, word));
        }

        return set.AsReadOnly();
    });

    /// <summary>English stop words, lower-case.</summary>
    public static CharArraySet English => EnglishSet.Value;

    /// <summary>German stop words, lower-case and umlaut-normalised.</summary>
    public static CharArraySet German => GermanSet.Value;
}
