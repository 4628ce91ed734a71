using Edge.Knowledge.Ingestion;

namespace Edge.Agent.Cli;

/// <summary>The <c>ingest --json</c> object: the collection and one entry per file.</summary>
internal sealed record IngestJson(string Collection, IReadOnlyList<IngestJson.File> Files)
{
    /// <summary>One file's outcome.</summary>
    public sealed record File(string Path, string Document, IngestOutcome Outcome, int Chunks, string? Reason);

    /// <summary>Maps a report to the printed shape.</summary>
    public static IngestJson From(IngestReport report) =>
        new(report.Collection, [.. report.Files.Select(f => new File(f.Path, f.Document, f.Outcome, f.Chunks, f.Reason))]);
}
