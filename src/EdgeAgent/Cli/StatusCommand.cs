using System.CommandLine;
using Edge.Agent.Models;
using Edge.Knowledge;
using Edge.Knowledge.Packs;
using Microsoft.Extensions.Configuration;
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
                var packs = host.Services.GetRequiredService<IKnowledgePacks>().ListInstalled();
                var models = ModelsStatus.Read(ModelsFolder.Resolve(host.Services.GetRequiredService<IConfiguration>()));
                var report = new { version = AgentVersion.Current, knowledge, packs, models };
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
                    Console.WriteLine($"packs: {(packs.Count == 0 ? "none" : string.Join(", ", packs.Select(p => $"{p.Collection} {p.Version}")))}");
                    Console.WriteLine($"models: {models.Describe()}");
                }
                return Task.FromResult(0);
            });
        });
        return command;
    }
}
