using System.CommandLine;
using Edge.Knowledge;
using Edge.Knowledge.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Edge.Agent.Cli;

/// <summary><c>edge-agent ingest PATH... [--collection NAME] [--remove] [--json]</c>.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders (recursive); with --remove: document names", Arity = ArgumentArity.OneOrMore };
        var collection = CommonOptions.Collection();
        var remove = new Option<bool>("--remove") { Description = "Remove the named documents instead of adding them" };
        var json = CommonOptions.Json();
        var command = new Command("ingest", "Add or update manuals; unchanged files are skipped") { paths, collection, remove, json };
        command.SetAction((result, cancellationToken) =>
        {
            var settings = CommonOptions.Read(result);
            return CliErrors.Guard(settings.Verbose, () =>
            {
                using var host = CliServices.Build(settings);
                var knowledge = host.Services.GetRequiredService<IKnowledgeBase>();
                var report = result.GetValue(remove)
                    ? Remove(knowledge, result.GetValue(paths)!, result.GetValue(collection))
                    : Ingest(knowledge, result.GetValue(paths)!, result.GetValue(collection), result.GetValue(json), cancellationToken);
                Print(report, result.GetValue(json));
                return Task.FromResult(report.HasFailures ? CliErrors.Failure : 0);
            });
        });
        return command;
    }

    private static IngestReport Ingest(IKnowledgeBase knowledge, string[] paths, string? collection, bool json, CancellationToken cancellationToken)
    {
        // A progress bar only where a person watches; scripts and logs get one plain line per file.
        if (json || Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            IProgress<IngestProgress>? plain = json ? null : new SynchronousProgress<IngestProgress>(p => Console.WriteLine(Line(p.Current, p.Done, p.Total)));
            return knowledge.Ingest(paths, collection, plain, cancellationToken);
        }

        IngestReport? report = null;
        AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Ingesting", maxValue: 1);
                report = knowledge.Ingest(paths, collection, new SynchronousProgress<IngestProgress>(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                    task.Description = Markup.Escape(DocumentNames.Printable(p.Current.Document));
                }), cancellationToken);
                task.Value = task.MaxValue;
            });
        return report!;
    }

    private static IngestReport Remove(IKnowledgeBase knowledge, string[] names, string? collection)
    {
        var results = names.Select(n =>
        {
            var name = Path.GetFileName(n);
            return knowledge.Remove(name, collection)
                ? new IngestFileResult(n, name, IngestOutcome.Removed, 0, null)
                : new IngestFileResult(n, name, IngestOutcome.Failed, 0, "no such document in the collection");
        }).ToList();
        return new IngestReport(collection ?? "", results);
    }

    private static void Print(IngestReport report, bool json)
    {
        if (json)
        {
            CliJson.Print(IngestJson.From(report));
            return;
        }
        foreach (var failed in report.Files.Where(f => f.Outcome == IngestOutcome.Failed))
            Console.Error.WriteLine($"failed: {DocumentNames.Printable(failed.Path)}: {failed.Reason}");
        Console.WriteLine($"{report.Count(IngestOutcome.Added)} added, {report.Count(IngestOutcome.Updated)} updated, " +
            $"{report.Count(IngestOutcome.Unchanged)} unchanged, {report.Count(IngestOutcome.Removed)} removed, {report.Count(IngestOutcome.Failed)} failed");
    }

    private static string Line(IngestFileResult file, int done, int total) =>
        $"[{done}/{total}] {file.Outcome.ToString().ToLowerInvariant()} {DocumentNames.Printable(file.Document)}" +
        (file.Outcome == IngestOutcome.Failed ? $": {file.Reason}" : file.Chunks > 0 ? $" ({file.Chunks} chunks)" : "");
}
