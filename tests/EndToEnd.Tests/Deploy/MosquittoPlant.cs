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
    private readonly List<MosquittoBroker> _brokers = [];

    private MosquittoPlant(string folder) => Folder = folder;

    public string Folder { get; }

    public int LinePort { get; private set; }

    public int CentralPort { get; private set; }

    public string CaFile => Path.Combine(Folder, "certs", "ca.crt");

    /// <summary>Starts both brokers; <paramref name="boardAcl"/> names the example ACL the line broker uses. Skips the test without mosquitto or openssl.</summary>
    public static async Task<MosquittoPlant> StartAsync(IReadOnlyDictionary<string, string> boards, string boardAcl = "edge.acl", CancellationToken cancellationToken = default)
    {
        MosquittoBroker.SkipIfMissing();
        var plant = new MosquittoPlant(Path.Combine(Path.GetTempPath(), $"edge-plant-{Guid.NewGuid():N}"));
        Directory.CreateDirectory(plant.Folder);
        try
        {
            await TestCertificates.CreateAsync(Path.Combine(plant.Folder, "certs"), "line3", "central");
            await plant.PasswordsAsync("edge.passwd", boards);
            await plant.PasswordsAsync("central.passwd", new Dictionary<string, string> { ["line3-bridge"] = "bridge-secret", ["dashboard"] = "dash-secret" });
            File.Copy(RepoFiles.File("deploy/mosquitto/" + boardAcl), Path.Combine(plant.Folder, "edge.acl"));
            File.Copy(RepoFiles.File("deploy/mosquitto/central.acl"), Path.Combine(plant.Folder, "central.acl"));

            plant.CentralPort = FreePort.Next();
            plant.LinePort = FreePort.Next();
            await plant.StartBrokerAsync("central-broker.conf", plant.CentralPort, "remote_password CHANGE-ME", "", cancellationToken);
            await plant.StartBrokerAsync("line-broker.conf", plant.LinePort, "central.plant1.local:8883", $"127.0.0.1:{plant.CentralPort}", cancellationToken);
        }
        catch
        {
            await plant.DisposeAsync();
            throw;
        }
        return plant;
    }

    private async Task PasswordsAsync(string file, IReadOnlyDictionary<string, string> users)
    {
        var path = Path.Combine(Folder, file);
        var create = true;
        foreach (var (user, password) in users)
        {
            await ProcessRunner.CheckedAsync(MosquittoBroker.PasswdTool!, create ? ["-b", "-c", path, user, password] : ["-b", path, user, password]);
            create = false;
        }
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }

    private async Task StartBrokerAsync(string example, int port, string from, string to, CancellationToken cancellationToken)
    {
        var name = Path.GetFileNameWithoutExtension(example);
        var data = Directory.CreateDirectory(Path.Combine(Folder, name + "-data"));
        File.SetUnixFileMode(data.FullName, (UnixFileMode)0x1FF);
        var config = (await File.ReadAllTextAsync(RepoFiles.File("deploy/mosquitto/" + example), cancellationToken))
            .Replace("listener 8883", $"listener {port} 127.0.0.1", StringComparison.Ordinal)
            .Replace("/var/lib/mosquitto/", data.FullName + "/", StringComparison.Ordinal)
            .Replace("/etc/mosquitto/", Folder + "/", StringComparison.Ordinal)
            .Replace("remote_password CHANGE-ME", "remote_password bridge-secret", StringComparison.Ordinal);
        if (from.Length > 0)
            config = config.Replace(from, to, StringComparison.Ordinal);
        var path = Path.Combine(Folder, example);
        await File.WriteAllTextAsync(path, config, cancellationToken);
        _brokers.Add(await MosquittoBroker.StartAsync(path, port));
    }

    public async ValueTask DisposeAsync()
    {
        // The brokers' own logs are kept in the plant folder with EDGE_TEST_KEEP_PLANT=1.
        var keep = Environment.GetEnvironmentVariable("EDGE_TEST_KEEP_PLANT") == "1";
        foreach (var broker in _brokers)
        {
            if (keep)
                await File.WriteAllTextAsync(Path.Combine(Folder, $"broker-{broker.Port}.log"), broker.Output);
            await broker.DisposeAsync();
        }
        try
        {
            if (!keep)
                Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
