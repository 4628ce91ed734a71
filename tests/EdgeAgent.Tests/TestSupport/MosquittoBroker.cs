using System.Diagnostics;
using System.Globalization;

namespace Edge.Agent.Tests.TestSupport;

/// <summary>
/// A real Mosquitto process on a free loopback port, from a generated config; stopped by its pid.
/// scripts/test.sh installs mosquitto in CI; without it these tests are skipped with a reason.
/// </summary>
internal sealed class MosquittoBroker : IAsyncDisposable
{
    private readonly string _config;
    private Process? _process;

    private MosquittoBroker(string directory, int port, string config) => (Directory, Port, _config) = (directory, port, config);

    public static string? Executable { get; } = new[] { "/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto" }.FirstOrDefault(File.Exists);

    public static string? PasswdTool { get; } = new[] { "/usr/bin/mosquitto_passwd", "/usr/local/bin/mosquitto_passwd" }.FirstOrDefault(File.Exists);

    public string Directory { get; }
    public int Port { get; }
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Skips the calling test when mosquitto is not installed.</summary>
    public static void SkipIfMissing() =>
        Assert.SkipWhen(Executable is null, "mosquitto is not installed (apt-get install mosquitto; scripts/test.sh does it)");

    /// <summary>Starts a broker; <paramref name="user"/>/<paramref name="password"/> make it require them; <paramref name="tls"/> serves TLS.</summary>
    public static async Task<MosquittoBroker> StartAsync(string directory, string? user = null, string? password = null, TestCertificates? tls = null, bool persistent = false)
    {
        SkipIfMissing();
        var port = FreePort.Next();
        var lines = new List<string>
        {
            $"listener {port.ToString(CultureInfo.InvariantCulture)} 127.0.0.1",
            $"allow_anonymous {(user is null ? "true" : "false")}",
            persistent ? "persistence true" : "persistence false",
            $"persistence_location {directory}/",
            // Run as the current user: when started as root mosquitto would switch to "mosquitto",
            // which cannot read the test's temp files.
            $"user {Environment.UserName}",
        };
        if (user is not null)
        {
            var passwords = Path.Combine(directory, "passwords");
            await RunAsync(PasswdTool ?? throw new InvalidOperationException("mosquitto_passwd missing"), "-b", "-c", passwords, user, password ?? "");
            lines.Add($"password_file {passwords}");
        }
        if (tls is not null)
            lines.AddRange([$"cafile {tls.CaFile}", $"certfile {tls.ServerCertFile}", $"keyfile {tls.ServerKeyFile}"]);
        var config = Path.Combine(directory, $"mosquitto-{port}.conf");
        await File.WriteAllLinesAsync(config, lines);
        var broker = new MosquittoBroker(directory, port, config);
        await broker.RestartAsync();
        return broker;
    }

    /// <summary>Starts (again) on the same port with the same config.</summary>
    public async Task RestartAsync()
    {
        var info = new ProcessStartInfo(Executable!, ["-c", _config]) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        _process = Process.Start(info) ?? throw new InvalidOperationException("mosquitto did not start");
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        await FreePort.WaitOpenAsync(Port, TimeSpan.FromSeconds(10));
    }

    /// <summary>Stops the broker (an outage): SIGTERM, so a persistent broker saves its sessions; killed if it lingers.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process)
            return;
        if (!process.HasExited)
        {
            await RunAsync("/bin/kill", "-TERM", process.Id.ToString(CultureInfo.InvariantCulture));
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try { await process.WaitForExitAsync(grace.Token); }
            catch (OperationCanceledException) { process.Kill(); }
        }
        await process.WaitForExitAsync();
        process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    internal static async Task RunAsync(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {await error}");
    }
}
