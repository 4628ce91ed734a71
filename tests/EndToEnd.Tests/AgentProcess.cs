using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Edge.EndToEnd.Tests.Support;

namespace Edge.EndToEnd.Tests;

/// <summary>The built <c>edge-agent</c> run as a separate process, as systemd would: killed or stopped by its pid.</summary>
internal sealed class AgentProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _waiters = [];

    private AgentProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public string StandardError { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>Starts <c>edge-agent run --config FILE --data-dir DIR</c> with the given settings written as JSON.</summary>
    public static AgentProcess Start(TempDirectory directory, object settings, IDictionary<string, string>? environment = null)
    {
        var config = directory.File("agent.json");
        File.WriteAllText(config, JsonSerializer.Serialize(settings));
        var info = EdgeAgentCli.StartInfo(["run", "--config", config, "--data-dir", directory.File("data")], environment);
        var agent = new AgentProcess(Process.Start(info) ?? throw new InvalidOperationException("edge-agent did not start"));
        agent._process.ErrorDataReceived += (_, e) => agent.OnErrorLine(e.Data);
        agent._process.OutputDataReceived += (_, _) => { };
        agent._process.BeginErrorReadLine();
        agent._process.BeginOutputReadLine();
        return agent;
    }

    /// <summary>Waits for a log line (the agent logs to stderr), e.g. the embedded broker's "listening on".</summary>
    public async Task<string> WaitForLogAsync(string contains)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_stderr)
        {
            var earlier = _stderr.ToString().Split('\n').FirstOrDefault(l => l.Contains(contains, StringComparison.Ordinal));
            if (earlier is not null)
                return earlier;
            _waiters.Add((l => l.Contains(contains, StringComparison.Ordinal), seen));
        }
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(seen.Task, exited).WaitAsync(TestTimeouts.Hang);
        if (first != seen.Task)
            throw new InvalidOperationException($"edge-agent exited ({_process.ExitCode}) without logging \"{contains}\":\n{StandardError}");
        return await seen.Task;
    }

    /// <summary>SIGKILL: no chance to say goodbye; the broker must publish the Will.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as systemd stops a service; returns the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        await ProcessRunner.CheckedAsync("/bin/kill", "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture));
        return await WaitForExitAsync();
    }

    /// <summary>The exit code once the process ended (the hang deadline only stops a hung test).</summary>
    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(TestTimeouts.Hang);
        _process.WaitForExit();   // drains the redirected output
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

    private void OnErrorLine(string? line)
    {
        if (line is null)
            return;
        List<TaskCompletionSource<string>> matched;
        lock (_stderr)
        {
            _stderr.AppendLine(line);
            matched = [.. _waiters.Where(w => w.Match(line)).Select(w => w.Seen)];
            _waiters.RemoveAll(w => matched.Contains(w.Seen));
        }
        foreach (var seen in matched)
            seen.TrySetResult(line);
    }
}
