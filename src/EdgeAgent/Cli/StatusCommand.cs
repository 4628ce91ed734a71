using System.Globalization;
using System.CommandLine;
using Edge.Agent.Hosting;
using Edge.Agent.Status;

namespace Edge.Agent.Cli;

/// <summary><c>edge-agent status [--json]</c>: what the agent would report.</summary>
internal static class StatusCommand
{
    /// <summary>How long the broker may take to accept a TCP connection before it counts as unreachable.</summary>
    private static readonly TimeSpan BrokerProbeTimeout = TimeSpan.FromSeconds(1);

    public static Command Create()
    {
        var json = CommonOptions.Json();
        var command = new Command("status", "Show knowledge base, models and connection state") { json };
        command.SetAction((result, cancellationToken) =>
        {
            var settings = CommonOptions.Read(result);
            return CliErrors.Guard(settings.Verbose, async () =>
            {
                using var host = CliServices.Build(settings, b => b.Services.AddAgentStatusReport(b.Configuration));
                var status = await StatusJson.CollectAsync(host.Services, BrokerProbeTimeout, cancellationToken);
                var (knowledge, packs, bundle) = (status.Knowledge, status.Packs, status.ModelBundle);
                if (result.GetValue(json))
                {
                    CliJson.Print(status);
                }
                else
                {
                    Console.WriteLine($"edge-agent {AgentVersion.Current}");
                    Console.WriteLine($"knowledge: {knowledge.Documents} documents, {knowledge.Chunks} chunks, version {knowledge.Version} ({knowledge.DatabasePath})");
                    Console.WriteLine($"collections: {(knowledge.Collections.Count == 0 ? "none" : string.Join(", ", knowledge.Collections))}");
                    Console.WriteLine($"embedding model: {knowledge.EmbeddingModel ?? "none yet"}");
                    foreach (var line in knowledge.DeclineLines ?? [])
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"decline line {line.Collection}: English {line.English:F3}, German {line.German:F3} ({line.Source})"));
                    AgentStatusText.Print(new AgentStatusReport(status.Version, status.DeviceId, status.BaseTopic, status.Broker, null, status.Models, status.Outbox, status.LastError, knowledge.DatabasePath));
                    Console.WriteLine($"packs: {(packs.Count == 0 ? "none" : string.Join(", ", packs.Select(p => $"{p.Collection} {p.Version}")))}");
                    Console.WriteLine($"model bundle: {bundle.Describe()}");
                }
                return 0;
            });
        });
        return command;
    }
}
