using System.Diagnostics;

namespace Edge.Knowledge.Retrieval;

/// <summary>Timings of the retrieval building blocks on synthetic data, for a bench run or a diagnostics command (not for unit tests).</summary>
/// <remarks>
/// The keyword corpus draws terms from a Zipf distribution over a 50k-term vocabulary, which is how
/// words spread in real manuals; queries take 12 terms (a German question with its glossary
/// expansions is about that long), skipping the 50 most frequent terms the way stop words are skipped.
/// </remarks>
internal static class RetrievalBench
{
    /// <summary>Percentiles of one measurement, in milliseconds.</summary>
    internal readonly record struct Timing(double P50, double P95)
    {
        /// <inheritdoc/>
        public override string ToString() => $"p50 {P50:F2} ms, p95 {P95:F2} ms";
    }

    /// <summary>Builds a BM25 index of <paramref name="chunks"/> synthetic chunks; returns it with the build time.</summary>
    public static (Bm25Index Index, TimeSpan BuildTime) BuildKeywordIndex(int chunks = 100_000, int termsPerChunk = 150, int seed = 1)
    {
        var random = new Random(seed);
        var zipf = new Zipf(50_000, random);
        var corpus = new string[chunks][];
        for (var id = 0; id < chunks; id++)
        {
            corpus[id] = new string[termsPerChunk];
            for (var t = 0; t < termsPerChunk; t++)
            {
                corpus[id][t] = zipf.Term();
            }
        }

        // Only the rebuild is timed, as at start-up when terms come from the store.
        var index = new Bm25Index();
        var watch = Stopwatch.StartNew();
        for (var id = 0; id < chunks; id++)
        {
            index.Add(id, corpus[id]);
        }

        return (index, watch.Elapsed);
    }

    /// <summary>Times keyword searches of 12-term queries.</summary>
    public static Timing TimeKeywordSearch(Bm25Index index, int queries = 500, int top = 20, int seed = 2)
    {
        var zipf = new Zipf(50_000, new Random(seed));
        var samples = new QueryTerms[queries];
        for (var q = 0; q < queries; q++)
        {
            samples[q] = new QueryTerms([.. Enumerable.Range(0, 12).Select(_ => new WeightedTerm(zipf.Term(minRank: 50), 1f))], [], "en");
        }

        return Measure(queries, q => index.Search(samples[q], top));
    }

    /// <summary>Times exact vector searches over <paramref name="vectors"/> random unit vectors.</summary>
    public static Timing TimeVectorSearch(int vectors = 100_000, int dimensions = 384, int queries = 50, int seed = 3)
    {
        var random = new Random(seed);
        var index = new VectorIndex(dimensions, vectors);
        var vector = new float[dimensions];
        for (var id = 0; id < vectors; id++)
        {
            Fill(vector, random);
            index.Add(id, vector);
        }

        var samples = Enumerable.Range(0, queries).Select(_ => Fill(new float[dimensions], random)).ToArray();
        return Measure(queries, q => index.Search(samples[q], 20));
    }

    /// <summary>Times single-question embeddings and the throughput of batch embedding (texts per second).</summary>
    public static (Timing Single, double TextsPerSecond) TimeEmbedding(ITextEmbedder embedder, IReadOnlyList<string> chunkTexts, int questions = 30)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(chunkTexts);
        embedder.Embed("warm-up");
        var single = Measure(questions, q => embedder.EmbedQueries([$"How do I replace the spindle belt on machine {q}?"]));
        var watch = Stopwatch.StartNew();
        embedder.EmbedBatch(chunkTexts);
        return (single, chunkTexts.Count / watch.Elapsed.TotalSeconds);
    }

    /// <summary>Runs <paramref name="action"/> <paramref name="count"/> times (after two warm-up runs) and returns p50 and p95.</summary>
    public static Timing Measure(int count, Action<int> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        action(0);
        action(Math.Min(1, count - 1));
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action(i);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return new Timing(times[count / 2], times[Math.Min(count - 1, (int)(count * 0.95))]);
    }

    private static float[] Fill(float[] vector, Random random)
    {
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)(random.NextDouble() - 0.5);
        }

        return vector;
    }

    /// <summary>Draws term ranks with probability proportional to 1/rank.</summary>
    private sealed class Zipf(int vocabulary, Random random)
    {
        private readonly double[] cumulative = Cumulative(vocabulary);
        private readonly string[] names = [.. Enumerable.Range(0, vocabulary).Select(rank => "t" + rank)];

        public string Term(int minRank = 0)
        {
            int rank;
            do
            {
                rank = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
                rank = rank < 0 ? ~rank : rank;
            }
            while (rank < minRank);

            return names[rank];
        }

        private static double[] Cumulative(int size)
        {
            var sums = new double[size];
            var total = 0.0;
            for (var rank = 0; rank < size; rank++)
            {
                sums[rank] = total += 1.0 / (rank + 1);
            }

            return sums;
        }
    }
}
