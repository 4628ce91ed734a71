using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Edge.TestSupport;

/// <summary>
/// A real Mosquitto process on a free loopback port, from a generated config or a given one;
/// ready when it accepts connections, stopped by its pid. scripts/test.sh installs mosquitto;
/// without it the calling test is skipped with a reason.
/// </summary>
public sealed class MosquittoBroker : IAsyncDisposable
{
    private readonly string _config;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private MosquittoBroker(string directory, int port, string config) => (Directory, Port, _config) = (directory, port, config);

    public static string? Executable { get; } = ProcessRunner.Find("/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto");

    public static string? PasswdTool { get; } = ProcessRunner.Find("/usr/bin/mosquitto_passwd", "/usr/local/bin/mosquitto_passwd");

    public string Directory { get; }

    public int Port { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Everything the broker printed (its log when started with <c>-v</c> or <c>log_dest stderr</c>).</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Skips the calling test when mosquitto or mosquitto_passwd is not installed.</summary>
    public static void SkipIfMissing() =>
        Assert.SkipWhen(Executable is null || PasswdTool is null, "mosquitto is not installed (apt-get install mosquitto; scripts/test.sh does it)");

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
            await ProcessRunner.CheckedAsync(PasswdTool!, "-b", "-c", passwords, user, password ?? "");
            lines.Add($"password_file {passwords}");
        }
        if (tls is not null)
            lines.AddRange([$"cafile {tls.CaFile}", $"certfile {tls.ServerCertFile}", $"keyfile {tls.ServerKeyFile}"]);
        var config = Path.Combine(directory, $"mosquitto-{port}.conf");
        await File.WriteAllLinesAsync(config, lines);
        return await StartAsync(config, port);
    }

    /// <summary>Starts a broker from a ready config file that listens on <paramref name="port"/>, logging verbosely into <see cref="Output"/>.</summary>
    public static async Task<MosquittoBroker> StartAsync(string config, int port)
    {
        SkipIfMissing();
        var broker = new MosquittoBroker(Path.GetDirectoryName(config)!, port, config);
        try
        {
            await broker.RestartAsync();
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }
        return broker;
    }

    /// <summary>Starts (again) on the same port with the same config; returns once it accepts connections.</summary>
    public async Task RestartAsync()
    {
        var info = new ProcessStartInfo(Executable!, ["-v", "-c", _config]) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        var process = Process.Start(info) ?? throw new InvalidOperationException("mosquitto did not start");
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        _process = process;
        try
        {
            await FreePort.WaitOpenAsync(Port, () => !process.HasExited);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"{ex.Message}: {Output}", ex);
        }
    }

    /// <summary>Stops the broker (an outage): SIGTERM, so a persistent broker saves its sessions; killed if it lingers.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process)
            return;
        if (!process.HasExited)
        {
            // SIGTERM through kill(1): Process.Kill only sends SIGKILL. It fails only if the broker just exited.
            await ProcessRunner.RunAsync("/bin/kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
            using var grace = new CancellationTokenSource(TestTimeouts.Hang);
            try { await process.WaitForExitAsync(grace.Token); }
            catch (OperationCanceledException) { process.Kill(); }
        }
        await process.WaitForExitAsync();
        process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private void Append(string? line)
    {
        if (line is not null)
            lock (_output) _output.AppendLine(line);
    }
}
