using System.CommandLine;
using Edge.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Cli;

/// <summary><c>edge-agent status [--json]</c>: what the agent would report.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var command = new Command("status", "Show knowledge base, models and connection state") { json };
        command.SetAction((result, cancellationToken) =>
        {
            var settings = CommonOptions.Read(result);
            return CliErrors.Guard(settings.Verbose, () =>
            {
                using var host = CliServices.Build(settings);
                var knowledge = host.Services.GetRequiredService<IKnowledgeBase>().GetStatus();
                var report = new { version = AgentVersion.Current, knowledge };
                if (result.GetValue(json))
                {
                    CliJson.Print(report);
                }
                else
                {
                    Console.WriteLine($"edge-agent {AgentVersion.Current}");
                    Console.WriteLine($"knowledge: {knowledge.Documents} documents, {knowledge.Chunks} chunks, version {knowledge.Version} ({knowledge.DatabasePath})");
                    Console.WriteLine($"collections: {(knowledge.Collections.Count == 0 ? "none" : string.Join(", ", knowledge.Collections))}");
                    Console.WriteLine($"embedding model: {knowledge.EmbeddingModel ?? "none yet"}");
                }
                return Task.FromResult(0);
            });
        });
        return command;
    }
}
