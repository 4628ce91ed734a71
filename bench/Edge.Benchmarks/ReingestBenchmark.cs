using System.Diagnostics;
using Edge.Knowledge;

namespace Edge.Benchmarks;

/// <summary>
/// Re-ingesting an unchanged corpus of about 500 pages (the four sample manuals plus generated
/// Markdown, ~250,000 words): every file is hashed and skipped. Timed in process (the library
/// call) and through the command line (process start and model load included).
/// </summary>
internal static class ReingestBenchmark
{
    private const int TargetWords = 250_000;

    public static async Task RunAsync()
    {
        using var scratch = new ScratchFolder();
        var corpus = scratch.Sub("corpus");
        foreach (var manual in Repo.CanonicalManuals)
            File.Copy(manual, Path.Combine(corpus, Path.GetFileName(manual)));
        var words = GeneratedCorpus.Write(corpus, TargetWords, wordsPerFile: 2_500);
        var files = Directory.GetFiles(corpus).Length;
        var data = scratch.Sub("data");

        using var knowledge = new BenchKnowledge(data);
        var ingestBase = knowledge.Get<IKnowledgeBase>();
        var first = Stopwatch.StartNew();
        var report = ingestBase.Ingest([corpus]);
        var firstSeconds = first.Elapsed.TotalSeconds;
        var chunks = report.Files.Sum(f => f.Chunks);
        Report.Note($"first ingest: {files} files, ~{words:N0} generated words + 4 sample manuals, {chunks:N0} chunks in {firstSeconds:F0} s ({chunks / firstSeconds:F1} chunks/s), {report.Count(Knowledge.Ingestion.IngestOutcome.Failed)} failed");

        var inProcess = Timing.Measure(5, _ => ingestBase.Ingest([corpus]), warmup: 1);
        knowledge.Dispose();
        var cliRuns = new List<double>();
        for (var i = 0; i < 3; i++)
            cliRuns.Add(await ChildProcess.TimeAgentAsync("ingest", corpus, "--data-dir", data));
        var cli = Timing.From(cliRuns);

        Console.WriteLine($"  re-ingest unchanged in process {inProcess}; via CLI {cli}");
        var corpusNote = $"{files} files, ~{(words + 10_000) / 1000}k words (~500 pages), {chunks:N0} chunks";
        Report.Row("reingest", "re-ingest unchanged, in process (median)", Report.Ms(inProcess.P50), "≤ 2 s", corpusNote);
        Report.Row("reingest", "re-ingest unchanged, `edge-agent ingest` (median of 3)", Report.Ms(cli.P50), "≤ 2 s", "process start + MiniLM load included");
        Report.Row("reingest", "first ingest of the corpus", $"{firstSeconds:F0} s", "", $"{chunks / firstSeconds:F1} chunks/s (parse, chunk, embed, store)");
    }
}
