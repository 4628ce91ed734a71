using System.CommandLine;
using Edge.Knowledge;
using Edge.Knowledge.Ingestion.Readers.Pdf;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Cli;

/// <summary>
/// <c>edge-agent read-pdf LIMITS NAME</c>, hidden: the child process in which ingestion reads one PDF
/// (bytes on stdin, text as JSON on stdout), so that a hostile PDF can exhaust only this process's
/// capped memory. Started by ingestion, never by a person.
/// </summary>
internal static class ReadPdfCommand
{
    public const string Name = "read-pdf";

    public static Command Create()
    {
        var limits = new Argument<string>("LIMITS");
        var name = new Argument<string>("NAME");
        var command = new Command(Name, "Read one PDF from stdin (used by ingest)") { limits, name };
        command.Hidden = true;
        command.SetAction(result =>
        {
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            return PdfReaderChild.Run(result.GetValue(limits)!, result.GetValue(name)!, input, output);
        });
        return command;
    }

    /// <summary>
    /// Lets ingestion in this process start <c>read-pdf</c> as its PDF reader, when this process is
    /// edge-agent (a test host that builds the agent's services reads PDFs in-process).
    /// </summary>
    public static IServiceCollection AddSelfAsPdfReader(this IServiceCollection services)
    {
        if (System.Reflection.Assembly.GetEntryAssembly() != typeof(ReadPdfCommand).Assembly || Environment.ProcessPath is not { } host)
            return services;
        // Under the dotnet host the program is the entry assembly; the apphost is the program itself.
        var arguments = Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? new[] { typeof(ReadPdfCommand).Assembly.Location, Name }
            : [Name];
        return services.AddPdfReaderProcess(new PdfReaderCommand(host, arguments));
    }
}
