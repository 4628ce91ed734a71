using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Retrieval;

/// <summary>One analysis with the shipped glossary and word list for all tests (it is immutable unless vocabulary is added).</summary>
internal static class SharedAnalysis
{
    private static readonly Lazy<TextAnalysis> Instance = new(TextAnalysis.CreateDefault);

    public static TextAnalysis Default => Instance.Value;
}

/// <summary>A tiny keyword search over texts: the real analysis and the real BM25 index.</summary>
internal sealed class KeywordCorpus(TextAnalysis? analysis = null)
{
    private readonly TextAnalysis analysis = analysis ?? SharedAnalysis.Default;

    public Bm25Index Index { get; } = new();

    public KeywordCorpus Add(int id, string text, string? language = null)
    {
        Index.Add(id, analysis.IndexTerms(text, language ?? LanguageDetector.Detect(text)));
        return this;
    }

    public int[] Search(string query, int top = 10) =>
        [.. Index.Search(analysis.AnalyzeQuery(query), top).Select(hit => hit.ChunkId)];
}
