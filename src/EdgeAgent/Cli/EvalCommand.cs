using System.CommandLine;
using System.Globalization;
using Edge.Knowledge.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Cli;

/// <summary><c>edge-agent eval QUESTIONS.jsonl [--collection NAME] [--json]</c>: measure the knowledge base.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("QUESTIONS") { Description = "Question set (.jsonl: id, lang, question, expected, facts, kind)" };
        var collection = CommonOptions.Collection();
        var json = CommonOptions.Json();
        var command = new Command("eval", "Score retrieval and answers against a question set") { file, collection, json };
        command.SetAction((result, cancellationToken) =>
        {
            var settings = CommonOptions.Read(result);
            return CliErrors.Guard(settings.Verbose, async () =>
            {
                var questions = EvalQuestion.Load(result.GetValue(file)!);
                using var host = CliServices.Build(settings);
                var asJson = result.GetValue(json);
                IProgress<EvalResult>? lines = asJson ? null : new SynchronousProgress<EvalResult>(r => Console.WriteLine(Line(r)));
                var report = await host.Services.GetRequiredService<EvalRunner>()
                    .RunAsync(questions, result.GetValue(collection), lines, cancellationToken);
                if (asJson)
                    CliJson.Print(report);
                else
                    PrintMetrics(report.Metrics);
                return 0;
            });
        });
        return command;
    }

    private static string Line(EvalResult r)
    {
        var rank = r.Unanswerable ? "  -" : r.HitRank is { } k ? $"@{k,-2}" : "miss";
        var outcome = r.Unanswerable ? (r.Declined ? "declined (ok)" : "ANSWERED") : r.Declined ? "DECLINED" : $"facts {r.FactsFound}/{r.FactsTotal}";
        // A declined answerable question names the words the manuals lack: the plant's glossary candidates.
        var lacking = !r.Unanswerable && r.Declined && r.UnknownWords.Count > 0 ? $"  (not in the manuals: {string.Join(", ", r.UnknownWords)})" : "";
        return $"{r.Id} {r.Lang} {r.Kind,-15} {rank,-4} {outcome,-14} {r.LatencyMs,6:F0} ms  {r.TopCitation}{lacking}";
    }

    private static void PrintMetrics(IReadOnlyList<EvalMetrics> metrics)
    {
        Console.WriteLine();
        Console.WriteLine("group                  n  ans  hit@1  hit@5    MRR  page  page±1  facts  decline  false-decl  p50 ms  p95 ms");
        foreach (var m in metrics)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{m.Group,-20} {m.Questions,3} {m.Answerable,4}  {m.HitAt1,5:F2}  {m.HitAt5,5:F2}  {m.Mrr,5:F2}  {Opt(m.PageAccuracy),4}  {Opt(m.PageAccuracyNear),6}  {m.FactRecall,5:F2}  {Opt(m.DeclineRate),7}  {m.FalseDeclineRate,10:F2}  {m.LatencyP50Ms,6:F0}  {m.LatencyP95Ms,6:F0}"));
        }
    }

    private static string Opt(double? value) => value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "-";
}
