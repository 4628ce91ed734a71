namespace Edge.TestSupport;

/// <summary>
/// A throwaway CA, a second unrelated CA, and server certificates for 127.0.0.1/localhost signed by
/// the first, made with the openssl command line. The test is skipped where openssl is missing.
/// </summary>
public sealed class TestCertificates
{
    private TestCertificates(string directory) => Directory = directory;

    public static string? OpenSsl { get; } = ProcessRunner.Find("/usr/bin/openssl", "/usr/local/bin/openssl");

    public string Directory { get; }

    public string CaFile => Path.Combine(Directory, "ca.crt");

    /// <summary>A CA that signed nothing here: trusting only it must refuse the brokers.</summary>
    public string OtherCaFile => Path.Combine(Directory, "other-ca.crt");

    /// <summary>The certificate of the default server, <c>server</c>.</summary>
    public string ServerCertFile => CertFile("server");

    public string ServerKeyFile => KeyFile("server");

    public string CertFile(string server) => Path.Combine(Directory, server + ".crt");

    public string KeyFile(string server) => Path.Combine(Directory, server + ".key");

    /// <summary>Makes the CAs and one certificate per name in <paramref name="servers"/> (default: <c>server</c>) in <paramref name="directory"/>.</summary>
    public static async Task<TestCertificates> CreateAsync(string directory, params string[] servers)
    {
        Assert.SkipWhen(OpenSsl is null, "openssl is not installed (apt-get install openssl; scripts/test.sh does it)");
        System.IO.Directory.CreateDirectory(directory);
        var c = new TestCertificates(directory);
        string In(string name) => Path.Combine(directory, name);
        await Run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Edge Test CA", "-keyout", In("ca.key"), "-out", c.CaFile);
        await Run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Other CA", "-keyout", In("other-ca.key"), "-out", c.OtherCaFile);
        await File.WriteAllTextAsync(In("server.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth,clientAuth\n");
        foreach (var server in servers.Length == 0 ? ["server"] : servers)
        {
            await Run("req", "-newkey", "rsa:2048", "-nodes", "-subj", $"/CN={server}", "-keyout", c.KeyFile(server), "-out", In(server + ".csr"));
            await Run("x509", "-req", "-in", In(server + ".csr"), "-CA", c.CaFile, "-CAkey", In("ca.key"), "-CAcreateserial", "-days", "2",
                "-extfile", In("server.ext"), "-out", c.CertFile(server));
        }
        // Mosquitto started as root may drop to its own user before it reads the keys.
        if (!OperatingSystem.IsWindows())
        {
            foreach (var file in System.IO.Directory.GetFiles(directory))
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
        return c;
    }

    private static Task Run(params string[] arguments) => ProcessRunner.CheckedAsync(OpenSsl!, arguments);
}
