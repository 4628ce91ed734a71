using System.Diagnostics;
using Edge.Knowledge.Retrieval;

namespace Edge.Benchmarks;

/// <summary>
/// The bundled sentence models side by side on the same inputs, in alternating runs so a busy
/// machine slows both alike: passage throughput (what ingestion pays) and one question (what
/// every ask pays).
/// </summary>
internal static class EmbeddersBenchmark
{
    private const int Rounds = 3;
    private const int Questions = 40;

    public static async Task RunAsync()
    {
        var passages = EmbedBenchmark.SamplePassages();
        var models = new (string Name, BundledEmbeddingModel Model)[] { ("minilm", BundledEmbeddingModel.MiniLm), ("arctic-xs", BundledEmbeddingModel.ArcticXs) };
        var embedders = models.Select(m => OnnxSentenceEmbedder.CreateBundled(m.Model)).ToArray();
        try
        {
            var batch = new List<double>[models.Length];
            var single = new List<double>[models.Length];
            for (var m = 0; m < models.Length; m++)
            {
                (batch[m], single[m]) = ([], []);
                embedders[m].EmbedBatch(passages.Take(16).ToList());
            }

            for (var round = 0; round < Rounds; round++)
            {
                for (var m = 0; m < models.Length; m++)
                {
                    var embedder = embedders[m];
                    batch[m].Add(Milliseconds(() => embedder.EmbedBatch(passages)));
                    for (var q = 0; q < Questions / Rounds; q++)
                        single[m].Add(Milliseconds(() => embedder.EmbedQueries([$"How do I replace the spindle belt on machine {q}?"])));
                }
            }

            for (var m = 0; m < models.Length; m++)
            {
                var rate = passages.Count / (Timing.From(batch[m]).P50 / 1000);
                var query = Timing.From(single[m]);
                Console.WriteLine($"  {models[m].Name}: {passages.Count} passages, {rate:F1} passages/s; one question {query}");
                Report.Row("embedders", $"{models[m].Name}: passage throughput (median of {Rounds})", $"{rate:F1} passages/s", "", $"{passages.Count} sample passages, up to {models[m].Model.MaxTokens} tokens each");
                Report.Row("embedders", $"{models[m].Name}: one question, p50 / p95", $"{Report.Ms(query.P50)} / {Report.Ms(query.P95)}", "", "query instruction included");
            }
        }
        finally
        {
            foreach (var embedder in embedders)
                embedder.Dispose();
        }
        await Task.CompletedTask;
    }

    private static double Milliseconds(Action action)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
