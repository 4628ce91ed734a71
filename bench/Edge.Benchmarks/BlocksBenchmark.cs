using System.Diagnostics;
using Edge.Knowledge.Retrieval;

namespace Edge.Benchmarks;

/// <summary>
/// The retrieval building blocks alone, on synthetic data: BM25 rebuild and keyword queries over a
/// Zipf-distributed corpus (how words spread in real manuals: 50k-term vocabulary, 12-term queries
/// like a German question with its glossary expansions, the 50 most frequent terms skipped as stop
/// words), an exact vector scan over random unit vectors, and single-question embedding.
/// </summary>
internal static class BlocksBenchmark
{
    private const int Chunks = 100_000;
    private const int TermsPerChunk = 150;
    private const int Vocabulary = 50_000;

    public static Task RunAsync()
    {
        var zipf = new Zipf(Vocabulary, new Random(1));
        var corpus = Enumerable.Range(0, Chunks).Select(_ => Enumerable.Range(0, TermsPerChunk).Select(_ => zipf.Term()).ToArray()).ToArray();
        var keyword = new Bm25Index();
        var started = Stopwatch.GetTimestamp();
        for (var id = 0; id < Chunks; id++)
            keyword.Add(id, corpus[id]);
        var rebuild = Stopwatch.GetElapsedTime(started);
        Report.Row("blocks", $"BM25 rebuild of {Chunks:N0} chunks × {TermsPerChunk} terms", $"{rebuild.TotalSeconds:F1} s", "", "as at start-up, terms from the store");

        var queryTerms = new Zipf(Vocabulary, new Random(2));
        var queries = Enumerable.Range(0, 500)
            .Select(_ => new QueryTerms([.. Enumerable.Range(0, 12).Select(_ => new WeightedTerm(queryTerms.Term(minRank: 50), 1f))], [], "en"))
            .ToArray();
        var search = Timing.Measure(queries.Length, q => keyword.Search(queries[q], 20));
        Report.Row("blocks", "keyword query, 12 terms, top 20, p50 / p95", $"{Report.Ms(search.P50)} / {Report.Ms(search.P95)}");

        var random = new Random(3);
        var vectors = new VectorIndex(384, Chunks);
        for (var id = 0; id < Chunks; id++)
            vectors.Add(id, RandomVector(random));
        var probes = Enumerable.Range(0, 50).Select(_ => RandomVector(random)).ToArray();
        var scan = Timing.Measure(probes.Length, q => vectors.Search(probes[q], 20));
        Report.Row("blocks", $"vector scan {Chunks:N0} × 384, one core, p50", Report.Ms(scan.P50));

        using var embedder = OnnxSentenceEmbedder.CreateBundled(BundledEmbeddingModel.MiniLm);
        var embed = Timing.Measure(30, q => embedder.Embed($"How do I replace the spindle belt on machine {q}?"));
        Report.Row("blocks", "single question embedding, p50", Report.Ms(embed.P50), "", "bundled all-MiniLM-L6-v2");
        return Task.CompletedTask;
    }

    private static float[] RandomVector(Random random)
    {
        var vector = new float[384];
        for (var i = 0; i < vector.Length; i++)
            vector[i] = (float)(random.NextDouble() - 0.5);
        return vector;
    }

    /// <summary>Draws term ranks with probability proportional to 1/rank.</summary>
    private sealed class Zipf
    {
        private readonly Random _random;
        private readonly double[] _cumulative;
        private readonly string[] _names;

        public Zipf(int vocabulary, Random random)
        {
            _random = random;
            _names = [.. Enumerable.Range(0, vocabulary).Select(rank => "t" + rank)];
            _cumulative = new double[vocabulary];
            var total = 0.0;
            for (var rank = 0; rank < vocabulary; rank++)
                _cumulative[rank] = total += 1.0 / (rank + 1);
        }

        public string Term(int minRank = 0)
        {
            int rank;
            do
            {
                rank = Array.BinarySearch(_cumulative, _random.NextDouble() * _cumulative[^1]);
                rank = rank < 0 ? ~rank : rank;
            }
            while (rank < minRank);
            return _names[rank];
        }
    }
}
