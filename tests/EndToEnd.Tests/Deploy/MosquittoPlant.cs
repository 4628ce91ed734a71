using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Edge.EndToEnd.Tests.Deploy;

/// <summary>
/// A line broker bridged to a central broker, both real Mosquitto processes on free loopback ports,
/// configured from deploy/mosquitto's example files with only paths, ports, addresses and the
/// bridge password substituted: TLS from a throwaway CA, password files made with mosquitto_passwd,
/// the example ACLs as they are.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal sealed class MosquittoPlant : IAsyncDisposable
{
    public const string Mosquitto = "/usr/sbin/mosquitto";
    public const string Passwd = "/usr/bin/mosquitto_passwd";
    public const string OpenSsl = "/usr/bin/openssl";

    private readonly List<Process> _brokers = [];

    private MosquittoPlant(string folder) => Folder = folder;

    public string Folder { get; }

    public int LinePort { get; private set; }

    public int CentralPort { get; private set; }

    public string CaFile => Path.Combine(Folder, "certs", "ca.crt");

    /// <summary>Why the plant cannot run here, or null.</summary>
    public static string? MissingTool() =>
        !File.Exists(Mosquitto) || !File.Exists(Passwd) ? "mosquitto is not installed (apt install mosquitto; scripts/test.sh does)"
        : !File.Exists(OpenSsl) ? "openssl is not installed (apt install openssl)"
        : null;

    /// <summary>Starts both brokers; <paramref name="boardAcl"/> names the example ACL the line broker uses.</summary>
    public static async Task<MosquittoPlant> StartAsync(IReadOnlyDictionary<string, string> boards, string boardAcl = "edge.acl", CancellationToken cancellationToken = default)
    {
        var plant = new MosquittoPlant(Path.Combine(Path.GetTempPath(), $"edge-plant-{Guid.NewGuid():N}"));
        Directory.CreateDirectory(plant.Folder);
        await TestCertificates.CreateAsync(Path.Combine(plant.Folder, "certs"), ["line3", "central"], cancellationToken);
        await plant.PasswordsAsync("edge.passwd", boards, cancellationToken);
        await plant.PasswordsAsync("central.passwd", new Dictionary<string, string> { ["line3-bridge"] = "bridge-secret", ["dashboard"] = "dash-secret" }, cancellationToken);
        File.Copy(Repo.Path("deploy/mosquitto/" + boardAcl), Path.Combine(plant.Folder, "edge.acl"));
        File.Copy(Repo.Path("deploy/mosquitto/central.acl"), Path.Combine(plant.Folder, "central.acl"));

        plant.CentralPort = FreePort();
        plant.LinePort = FreePort();
        await plant.StartBrokerAsync("central-broker.conf", plant.CentralPort, "remote_password CHANGE-ME", "", cancellationToken);
        await plant.StartBrokerAsync("line-broker.conf", plant.LinePort, "central.plant1.local:8883", $"127.0.0.1:{plant.CentralPort}", cancellationToken);
        return plant;
    }

    private async Task PasswordsAsync(string file, IReadOnlyDictionary<string, string> users, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Folder, file);
        var create = true;
        foreach (var (user, password) in users)
        {
            var result = await ProcessRunner.RunAsync(Passwd, create ? ["-b", "-c", path, user, password] : ["-b", path, user, password], cancellationToken: cancellationToken);
            Assert.True(result.ExitCode == 0, result.ToString());
            create = false;
        }
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }

    private async Task StartBrokerAsync(string example, int port, string from, string to, CancellationToken cancellationToken)
    {
        var name = Path.GetFileNameWithoutExtension(example);
        var data = Directory.CreateDirectory(Path.Combine(Folder, name + "-data"));
        File.SetUnixFileMode(data.FullName, (UnixFileMode)0x1FF);
        var config = (await File.ReadAllTextAsync(Repo.Path("deploy/mosquitto/" + example), cancellationToken))
            .Replace("listener 8883", $"listener {port} 127.0.0.1", StringComparison.Ordinal)
            .Replace("/var/lib/mosquitto/", data.FullName + "/", StringComparison.Ordinal)
            .Replace("/etc/mosquitto/", Folder + "/", StringComparison.Ordinal)
            .Replace("remote_password CHANGE-ME", "remote_password bridge-secret", StringComparison.Ordinal);
        if (from.Length > 0)
            config = config.Replace(from, to, StringComparison.Ordinal);
        var path = Path.Combine(Folder, example);
        await File.WriteAllTextAsync(path, config, cancellationToken);

        // The broker's own log goes to NAME.log in the plant folder (kept with EDGE_TEST_KEEP_PLANT=1).
        var start = new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", $"exec {Mosquitto} -v -c '{path}' > '{Folder}/{name}.log' 2>&1" }, UseShellExecute = false };
        var process = Process.Start(start)!;
        _brokers.Add(process);
        await WaitForPortAsync(port, process, name, cancellationToken);
    }

    private static async Task WaitForPortAsync(int port, Process process, string name, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{name} exited with {process.ExitCode}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
        throw new TimeoutException($"{name} did not listen on {port}");
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var broker in _brokers)
        {
            if (!broker.HasExited)
                broker.Kill();
            await broker.WaitForExitAsync();
            broker.Dispose();
        }
        try
        {
            if (Environment.GetEnvironmentVariable("EDGE_TEST_KEEP_PLANT") != "1")
                Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
