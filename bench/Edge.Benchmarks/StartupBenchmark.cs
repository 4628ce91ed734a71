using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using MQTTnet;

namespace Edge.Benchmarks;

/// <summary>
/// <c>edge-agent run</c> as systemd starts it, with its embedded broker and no models: from process
/// start until a subscriber sees the retained <c>online</c> status.
/// </summary>
internal static class StartupBenchmark
{
    private const int Runs = 5;

    public static async Task RunAsync()
    {
        var runs = new List<double>();
        for (var i = 0; i < Runs; i++)
            runs.Add(await OnceAsync());
        var timing = Timing.From(runs);
        Console.WriteLine($"  start-up to online: {string.Join(", ", runs.Select(Report.Ms))}");
        Report.Row("startup", "`edge-agent run` start to `online` seen by a subscriber (median of 5)", Report.Ms(timing.P50), "≤ 3 s",
            $"embedded broker, no models; slowest {Report.Ms(runs.Max())}");
    }

    private static async Task<double> OnceAsync()
    {
        using var scratch = new ScratchFolder();
        var port = FreePort();
        var config = Path.Combine(scratch.Path, "agent.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { DeviceId = "bench", Mqtt = new { Port = port } }));
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in new[] { ChildProcess.AgentDll, "run", "--config", config, "--data-dir", scratch.Sub("data") })
            info.ArgumentList.Add(argument);
        var started = Stopwatch.GetTimestamp();
        using var agent = Process.Start(info)!;
        agent.BeginOutputReadLine();
        agent.BeginErrorReadLine();
        try
        {
            using var client = new MqttClientFactory().CreateMqttClient();
            var online = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            client.ApplicationMessageReceivedAsync += e =>
            {
                if (Encoding.UTF8.GetString(e.ApplicationMessage.Payload.ToArray()).Contains("\"state\":\"online\"", StringComparison.Ordinal))
                    online.TrySetResult();
                return Task.CompletedTask;
            };
            // The broker is part of the agent: connect as soon as it listens.
            var options = new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId("bench-panel").Build();
            while (true)
            {
                try
                {
                    await client.ConnectAsync(options);
                    break;
                }
                catch (Exception) when (!agent.HasExited)
                {
                    await Task.Delay(10);
                }
            }
            await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter("edge/bench/status").Build());
            await online.Task.WaitAsync(TimeSpan.FromMinutes(2));
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        finally
        {
            agent.Kill();
            await agent.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
