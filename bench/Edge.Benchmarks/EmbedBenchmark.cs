using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Ingestion.Chunking;
using Edge.Knowledge.Retrieval;

namespace Edge.Benchmarks;

/// <summary>
/// Batch embedding throughput of the product's OnnxSentenceEmbedder against a bare ONNX Runtime
/// session on the same inputs: the passages of the four sample manuals as ingestion embeds them.
/// </summary>
internal static class EmbedBenchmark
{
    private const int Runs = 5;

    public static async Task RunAsync()
    {
        var texts = SamplePassages();
        using var product = OnnxSentenceEmbedder.CreateBundled(BundledEmbeddingModel.MiniLm);
        using var bare = new BareMiniLm();
        var tokens = bare.Tokenize(texts);

        var productTiming = Timing.Measure(Runs, _ => product.EmbedBatch(texts), warmup: 1);
        var bareTiming = Timing.Measure(Runs, _ => bare.Embed(tokens), warmup: 1);
        var agreement = Agreement(product.EmbedBatch(texts), bare.Embed(tokens));

        var productRate = texts.Count / (productTiming.P50 / 1000);
        var bareRate = texts.Count / (bareTiming.P50 / 1000);
        var ratio = productTiming.P50 / bareTiming.P50;
        Console.WriteLine($"  {texts.Count} passages, {tokens.Average(t => t.Length):F0} tokens on average; product {productTiming}; bare {bareTiming}; lowest cosine between the two {agreement:F5}");
        Report.Row("embed", "OnnxSentenceEmbedder.EmbedBatch throughput (median)", $"{productRate:F1} passages/s", "", $"{texts.Count} sample passages, tokenising included");
        Report.Row("embed", "bare ONNX Runtime session throughput (median)", $"{bareRate:F1} passages/s", "", "same model, options and grouping; ids prepared in advance");
        Report.Row("embed", "product time / bare time", $"{ratio:F2}×", "≤ 1.3×", $"vectors agree to cosine ≥ {agreement:F4}");
        await Task.CompletedTask;
    }

    /// <summary>The texts ingestion embeds for the canonical manuals: section path, then passage.</summary>
    internal static List<string> SamplePassages()
    {
        var chunker = new Chunker();
        var texts = new List<string>();
        foreach (var path in Repo.CanonicalManuals)
        {
            var parsed = DocumentReaders.Default.Read(path);
            texts.AddRange(chunker.Chunk(parsed).Select(d => KnowledgeIngestor.EmbeddingText(d, parsed.Title)));
        }
        return texts;
    }

    private static double Agreement(float[][] a, float[][] b) =>
        a.Zip(b, (x, y) => x.Zip(y, (p, q) => (double)p * q).Sum()).Min();
}
