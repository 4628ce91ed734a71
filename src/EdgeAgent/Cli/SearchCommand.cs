using System.CommandLine;
using Edge.Knowledge;
using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Cli;

/// <summary><c>edge-agent search "QUERY" [--top K] [--collection NAME] [--json]</c>.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "What to look for" };
        var top = new Option<int>("--top", "-k") { Description = "Number of passages", DefaultValueFactory = _ => 5 };
        var collection = CommonOptions.Collection();
        var json = CommonOptions.Json();
        var command = new Command("search", "Find passages in the manuals") { query, top, collection, json };
        command.SetAction((result, cancellationToken) =>
        {
            var settings = CommonOptions.Read(result);
            return CliErrors.Guard(settings.Verbose, () =>
            {
                var k = result.GetValue(top);
                if (k is < 1 or > 100)
                    throw new ArgumentException("--top must be between 1 and 100");
                using var host = CliServices.Build(settings);
                var hits = host.Services.GetRequiredService<IKnowledgeBase>()
                    .Search(result.GetValue(query)!, k, result.GetValue(collection), cancellationToken);
                if (result.GetValue(json))
                    CliJson.Print(hits);
                else
                    PrintText(hits);
                return Task.FromResult(0);
            });
        });
        return command;
    }

    private static void PrintText(IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            Console.WriteLine("No passages found.");
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var page = hit.Page is { } p ? $", page {p}" : "";
            // A name or heading can hold a line break; escaped, one hit stays two lines.
            Console.WriteLine($"{i + 1}. [{hit.Score:F2}] {DocumentNames.Printable(hit.Document)}{page} — {DocumentNames.Printable(hit.Section)}");
            Console.WriteLine("   " + Snippet(hit.Text));
        }
    }

    /// <summary>The start of a passage on one line, for a terminal.</summary>
    internal static string Snippet(string text, int length = 220)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= length ? line : line[..length].TrimEnd() + "…";
    }
}
