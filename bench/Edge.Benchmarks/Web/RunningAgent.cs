using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Edge.Benchmarks.Web;

/// <summary><c>edge-agent run</c> as a child process on free loopback ports, ready when it says so on its log.</summary>
internal sealed class RunningAgent : IAsyncDisposable
{
    private readonly Process _process;

    private RunningAgent(Process process, int mqttPort, int webPort, string deviceId) =>
        (_process, MqttPort, WebPort, DeviceId) = (process, mqttPort, webPort, deviceId);

    public int MqttPort { get; }
    public int WebPort { get; }
    public string DeviceId { get; }
    public Uri Address => new($"http://127.0.0.1:{WebPort}/");

    /// <summary>Resident memory of the agent process (VmRSS), MiB.</summary>
    public double ResidentMiB()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    public static async Task<RunningAgent> StartAsync(string dataDir, bool web)
    {
        var (mqtt, http) = (FreePort(), FreePort());
        var deviceId = "bench-" + Guid.NewGuid().ToString("N")[..6];
        var config = Path.Combine(dataDir, $"{deviceId}.json");
        await File.WriteAllTextAsync(config, new JsonObject
        {
            ["DeviceId"] = deviceId,
            ["Mqtt"] = new JsonObject { ["Port"] = mqtt, ["StatusIntervalSeconds"] = 0 },
            ["Web"] = new JsonObject { ["Enabled"] = web, ["Urls"] = $"http://127.0.0.1:{http}" },
        }.ToJsonString());
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in new[] { ChildProcess.AgentDll, "run", "--config", config, "--data-dir", dataDir })
            info.ArgumentList.Add(argument);
        var process = Process.Start(info)!;
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var mqttConnected = false;
        var listening = !web;
        void OnLine(string? line)
        {
            if (line is null)
                return;
            mqttConnected |= line.Contains("MQTT connected", StringComparison.Ordinal);
            listening |= line.Contains("Now listening on", StringComparison.Ordinal);
            if (mqttConnected && listening)
                ready.TrySetResult();
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await ready.Task.WaitAsync(TimeSpan.FromMinutes(3));
        return new RunningAgent(process, mqtt, http, deviceId);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: the agent stops as systemd would stop it.
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
