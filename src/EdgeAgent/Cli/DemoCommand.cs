using System.CommandLine;
using Edge.Agent.Hosting;
using Edge.Knowledge;
using Edge.Knowledge.Answering;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Cli;

/// <summary>
/// <c>edge-agent demo</c>: ingests the bundled sample manuals into a fresh data directory and
/// answers a few questions the way a technician would ask them at the machine.
/// </summary>
internal static class DemoCommand
{
    /// <summary>Questions of the demo: spoken style, one German, one the manuals do not cover.</summary>
    internal static readonly string[] Questions =
    [
        "Spindle alarm E-2041, what do I check first?",
        "How do I warm up the spindle after the weekend?",
        "Wie wechsle ich das Hydrauliköl an der Presse?",
        "What temperature do the sealing jaws need?",
        "How do I descale the coffee machine in the break room?",
    ];

    public static Command Create()
    {
        var command = new Command("demo", "Ingest the sample manuals into a fresh data directory and answer typical questions");
        command.SetAction((result, cancellationToken) =>
        {
            var settings = CommonOptions.Read(result);
            return CliErrors.Guard(settings.Verbose, async () =>
            {
                var samples = SampleManuals.Locate();
                var dataDir = settings.DataDirectory ?? Path.Combine(Path.GetTempPath(), $"edge-agent-demo-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
                Console.WriteLine($"Data directory: {Path.GetFullPath(dataDir)}");
                using var host = CliServices.Build(settings with { DataDirectory = dataDir });

                var report = host.Services.GetRequiredService<IKnowledgeBase>().Ingest(samples, "demo", cancellationToken: cancellationToken);
                foreach (var file in report.Files)
                    Console.WriteLine($"  {file.Outcome.ToString().ToLowerInvariant(),-9} {file.Document}{(file.Chunks > 0 ? $" ({file.Chunks} passages)" : "")}{(file.Reason is null ? "" : ": " + file.Reason)}");

                var assistant = host.Services.GetRequiredService<IKnowledgeAssistant>();
                foreach (var question in Questions)
                {
                    Console.WriteLine();
                    Console.WriteLine($"Q: {question}");
                    var answer = await assistant.AskAsync(new Question(question, "demo"), cancellationToken: cancellationToken);
                    AnswerText.Print(answer);
                    Console.WriteLine($"({answer.Timings.RetrieveMs + answer.Timings.AnswerMs} ms)");
                }
                return report.HasFailures ? CliErrors.Failure : 0;
            });
        });
        return command;
    }
}
