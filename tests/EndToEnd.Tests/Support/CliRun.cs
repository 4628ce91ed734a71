using System.Text.Json;

namespace Edge.EndToEnd.Tests.Support;

/// <summary>What one run of the command line did.</summary>
public sealed record CliRun(IReadOnlyList<string> Arguments, int ExitCode, string StdOut, string StdErr)
{
    public IReadOnlyList<string> OutLines => Lines(StdOut);

    public IReadOnlyList<string> ErrLines => Lines(StdErr);

    /// <summary>Standard output parsed as one JSON value (<c>--json</c>).</summary>
    public JsonElement Json => JsonDocument.Parse(StdOut).RootElement;

    /// <summary>For assertion messages: the command and everything it printed.</summary>
    public override string ToString() =>
        $"edge-agent {string.Join(' ', Arguments)} → exit {ExitCode}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
