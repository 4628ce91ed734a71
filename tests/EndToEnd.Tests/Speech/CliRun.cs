using System.Diagnostics;
using System.Text.Json;
using Edge.Agent.Tests.TestSupport;

namespace Edge.EndToEnd.Tests.Speech;

/// <summary>One <c>edge-agent</c> command run as a separate process, as a script would run it.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The lines on stderr, without the empty last one.</summary>
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public JsonElement Json => JsonDocument.Parse(Stdout).RootElement;
}

/// <summary>Runs commands against one data directory and configuration file.</summary>
internal sealed class CliRun(TempDirectory directory, object settings)
{
    public string DataDir => directory.File("data");

    public async Task<CliResult> RunAsync(params string[] arguments)
    {
        var config = directory.File("agent.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(settings));
        var dll = Path.Combine(AppContext.BaseDirectory, "edge-agent.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var info = new ProcessStartInfo(dotnet, [dll, .. arguments, "--config", config, "--data-dir", DataDir])
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("edge-agent did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(limit.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
