using Edge.Knowledge;
using Edge.Knowledge.Answering;
using Edge.Knowledge.Evaluation;

namespace Edge.Benchmarks;

/// <summary>
/// Questions end to end on the four sample manuals: in one process (retrieval and extractive
/// answer, model loaded), and as a technician's first question through the command line
/// (process start, configuration, index and model load, answer).
/// </summary>
internal static class AskBenchmark
{
    private const string CliQuestion = "Spindle alarm E-2041, what do I check first?";

    public static async Task RunAsync()
    {
        using var scratch = new ScratchFolder();
        var data = scratch.Sub("data");
        var questions = EvalQuestion.Load(Repo.SampleQuestions).Select(q => q.Question).ToArray();

        using (var knowledge = new BenchKnowledge(data))
        {
            var report = knowledge.Get<IKnowledgeBase>().Ingest(Repo.CanonicalManuals);
            if (report.HasFailures)
                throw new InvalidOperationException("sample manuals did not ingest");
            var assistant = knowledge.Get<IKnowledgeAssistant>();
            var ask = await Timing.MeasureAsync(questions.Length * 3, i => assistant.AskAsync(new Question(questions[i % questions.Length])), warmup: 3);
            Console.WriteLine($"  in process: {ask}");
            Report.Row("ask", "ask in process p50 / p95 (retrieval + extractive answer)", $"{Report.Ms(ask.P50)} / {Report.Ms(ask.P95)}", "p50 ≤ 50 ms", $"{questions.Length} sample questions × 3");
        }

        var runs = new List<double>();
        for (var i = 0; i < 5; i++)
            runs.Add(await ChildProcess.TimeAgentAsync("ask", CliQuestion, "--data-dir", data));
        var cli = Timing.From(runs);
        Console.WriteLine($"  CLI: {string.Join(", ", runs.Select(Report.Ms))}");
        Report.Row("ask", "`edge-agent ask` start-up to first answer (median of 5)", Report.Ms(cli.P50), "≤ 1.5 s", "`dotnet edge-agent.dll`, Release build, warm file cache");
    }
}
