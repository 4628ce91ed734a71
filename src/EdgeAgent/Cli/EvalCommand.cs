using System.CommandLine;
using System.Globalization;
using Edge.Knowledge.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Cli;

/// <summary>
/// <c>edge-agent eval [COLLECTION=]QUESTIONS.jsonl... [--collection NAME] [--json]</c>: measure the
/// knowledge base on one or several question sets, each asked against its own collection.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("QUESTIONS")
        {
            Description = "Question sets (.jsonl: id, lang, question, expected, facts, kind); COLLECTION=FILE asks a set against that collection",
            Arity = ArgumentArity.OneOrMore,
        };
        var collection = CommonOptions.Collection();
        var json = CommonOptions.Json();
        var command = new Command("eval", "Score retrieval and answers against question sets; several sets also print their macro average") { files, collection, json };
        command.SetAction((result, cancellationToken) =>
        {
            var settings = CommonOptions.Read(result);
            return CliErrors.Guard(settings.Verbose, async () =>
            {
                var sets = result.GetValue(files)!.Select(f => EvalSet.Load(f, result.GetValue(collection))).ToList();
                using var host = CliServices.Build(settings);
                var runner = host.Services.GetRequiredService<EvalRunner>();
                var asJson = result.GetValue(json);
                if (sets.Count == 1)
                    await RunOneAsync(runner, sets[0], asJson, cancellationToken);
                else
                    await RunSuiteAsync(runner, sets, asJson, cancellationToken);
                return 0;
            });
        });
        return command;
    }

    private static async Task RunOneAsync(EvalRunner runner, EvalSet set, bool asJson, CancellationToken cancellationToken)
    {
        IProgress<EvalResult>? lines = asJson ? null : new SynchronousProgress<EvalResult>(r => Console.WriteLine(Line(r)));
        var report = await runner.RunAsync(set.Questions, set.Collection, lines, cancellationToken);
        if (asJson)
            CliJson.Print(report);
        else
        {
            Console.WriteLine();
            PrintMetrics(report.Metrics);
        }
    }

    private static async Task RunSuiteAsync(EvalRunner runner, IReadOnlyList<EvalSet> sets, bool asJson, CancellationToken cancellationToken)
    {
        EvalSet? current = null;
        IProgress<(EvalSet Set, EvalResult Result)>? lines = asJson ? null : new SynchronousProgress<(EvalSet Set, EvalResult Result)>(p =>
        {
            if (!ReferenceEquals(current, p.Set))
            {
                current = p.Set;
                Console.WriteLine($"== {p.Set.Name}: {p.Set.File} ({p.Set.Questions.Count} questions, collection {p.Set.Collection ?? "all"})");
            }
            Console.WriteLine(Line(p.Result));
        });
        var suite = await runner.RunAsync(sets, lines, cancellationToken);
        if (asJson)
        {
            CliJson.Print(suite);
            return;
        }
        foreach (var set in suite.Sets)
        {
            Console.WriteLine();
            Console.WriteLine($"== {set.Name}");
            PrintMetrics(set.Report.Metrics);
        }
        Console.WriteLine();
        Console.WriteLine($"== side by side (macro = the mean over {suite.Sets.Count} sets)");
        PrintMetrics([
            .. suite.Sets.Select(s => s.Report.Metrics[0] with { Group = s.Name }),
            .. suite.Macro.Where(m => m.Group is "all" or "lang=de" or "lang=en").Select(m => m with { Group = "macro " + m.Group.Replace("lang=", "", StringComparison.Ordinal) }),
        ]);
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
        Console.WriteLine("group                  n  ans  hit@1  hit@5    MRR  page  page±1  facts  decline  false-decl  p50 ms  p95 ms");
        foreach (var m in metrics)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{m.Group,-20} {m.Questions,3} {m.Answerable,4}  {m.HitAt1,5:F2}  {m.HitAt5,5:F2}  {m.Mrr,5:F2}  {Opt(m.PageAccuracy),4}  {Opt(m.PageAccuracyNear),6}  {m.FactRecall,5:F2}  {Opt(m.DeclineRate),7}  {m.FalseDeclineRate,10:F2}  {m.LatencyP50Ms,6:F0}  {m.LatencyP95Ms,6:F0}"));
        }
    }

    private static string Opt(double? value) => value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "-";
}
