using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Edge.Knowledge.Retrieval;

/// <summary>One analysed word and the compound parts accepted for it (empty for most words).</summary>
/// <param name="Term">The stemmed, folded word.</param>
/// <param name="Parts">Stemmed compound parts, e.g. "kuhlmittel" and "pump" for "Kühlmittelpumpe".</param>
internal readonly record struct AnalyzedWord(string Term, string[] Parts);

/// <summary>Runs a Lucene analyzer over text through the TokenStream API (no index involved).</summary>
internal static class TokenStreams
{
    /// <summary>Analyses <paramref name="text"/>; tokens at position increment 0 become parts of the word before them.</summary>
    public static List<AnalyzedWord> Words(Analyzer analyzer, string text)
    {
        var words = new List<AnalyzedWord>();
        string? current = null;
        List<string>? parts = null;
        using (var stream = analyzer.GetTokenStream("text", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var value = term.ToString();
                if (increment.PositionIncrement == 0 && current is not null)
                {
                    (parts ??= []).Add(value);
                    continue;
                }

                Flush();
                current = value;
            }

            stream.End();
        }

        Flush();
        return words;

        void Flush()
        {
            // Single letters ("x" of "X-axis", "e" of a split code) carry no meaning as keywords.
            if (current is not null && (current.Length > 1 || char.IsDigit(current[0])))
            {
                words.Add(new AnalyzedWord(current, parts is null ? [] : CompoundParts.Select(current, parts)));
            }

            current = null;
            parts = null;
        }
    }

    /// <summary>The plain tokens of <paramref name="text"/>, parts included.</summary>
    public static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
