using System.Diagnostics;

namespace Edge.Benchmarks;

/// <summary>Times the real edge-agent executable (copied beside the benchmark) as a child process.</summary>
internal static class ChildProcess
{
    public static string AgentDll => Path.Combine(AppContext.BaseDirectory, "edge-agent.dll");

    /// <summary>Runs <c>dotnet edge-agent.dll ARGS</c> and returns the wall time; throws on a non-zero exit.</summary>
    public static async Task<double> TimeAgentAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(AgentDll);
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"edge-agent {string.Join(' ', arguments)} exited {process.ExitCode}: {await stderr}{await stdout}");
        return elapsed;
    }
}
