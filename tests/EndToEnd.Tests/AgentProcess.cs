using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Edge.Agent.Tests.TestSupport;

namespace Edge.EndToEnd.Tests;

/// <summary>The built <c>edge-agent</c> run as a separate process, as systemd would: killed or stopped by its pid.</summary>
internal sealed class AgentProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private AgentProcess(Process process) => _process = process;

    public int Id => _process.Id;
    public string StandardError { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>Starts <c>edge-agent run --config FILE --data-dir DIR</c> with the given settings written as JSON.</summary>
    public static AgentProcess Start(TempDirectory directory, object settings, IDictionary<string, string>? environment = null)
    {
        var config = directory.File("agent.json");
        File.WriteAllText(config, JsonSerializer.Serialize(settings));
        var dll = Path.Combine(AppContext.BaseDirectory, "edge-agent.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var info = new ProcessStartInfo(dotnet, [dll, "run", "--config", config, "--data-dir", directory.File("data")])
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            info.Environment[key] = value;
        var agent = new AgentProcess(Process.Start(info) ?? throw new InvalidOperationException("edge-agent did not start"));
        agent._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (agent._stderr) agent._stderr.AppendLine(e.Data); };
        agent._process.OutputDataReceived += (_, _) => { };
        agent._process.BeginErrorReadLine();
        agent._process.BeginOutputReadLine();
        return agent;
    }

    /// <summary>SIGKILL: no chance to say goodbye; the broker must publish the Will.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as systemd stops a service; returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        await MosquittoBroker.RunAsync("/bin/kill", "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture));
        return await WaitForExitAsync(timeout);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(limit.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
