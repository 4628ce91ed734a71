using System.Diagnostics;

namespace Edge.EndToEnd.Tests.Support;

/// <summary>
/// Runs the real edge-agent (the build copies edge-agent.dll beside the tests) as a child process
/// through the dotnet host, in a scratch working directory so that nothing lands in ./data.
/// </summary>
internal static class EdgeAgentCli
{
    // Ingesting and embedding a folder of manuals on a busy 2-core machine takes minutes; this only stops a hung run.
    private static readonly TimeSpan DefaultTimeout = TestTimeouts.Scaled(TimeSpan.FromMinutes(10));

    public static string AgentDll => Path.Combine(AppContext.BaseDirectory, "edge-agent.dll");

    /// <summary>A start description with redirected output; the caller starts it.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(AgentDll);
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        // Settings of the machine running the tests must not leak into the agent under test.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("EDGE_", StringComparison.Ordinal)).ToList())
            info.Environment.Remove(key);
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            info.Environment[key] = value;
        return info;
    }

    /// <summary>Runs to completion; kills the process and fails if it takes longer than <paramref name="timeout"/>.</summary>
    public static async Task<CliRun> RunAsync(IReadOnlyList<string> arguments, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        using var process = Process.Start(StartInfo(arguments)) ?? throw new InvalidOperationException("dotnet did not start");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"edge-agent {string.Join(' ', arguments)} did not finish within {timeout ?? DefaultTimeout}");
        }

        return new CliRun(arguments, process.ExitCode, await stdout, await stderr);
    }
}
