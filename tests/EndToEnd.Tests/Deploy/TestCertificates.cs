namespace Edge.EndToEnd.Tests.Deploy;

/// <summary>A throwaway CA and server certificates for 127.0.0.1, made with openssl for the broker tests.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal static class TestCertificates
{
    public static async Task CreateAsync(string folder, IEnumerable<string> servers, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        await OpenSsl(folder, cancellationToken, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=edge-test-ca");
        await File.WriteAllTextAsync(Path.Combine(folder, "san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n", cancellationToken);
        foreach (var server in servers)
        {
            await OpenSsl(folder, cancellationToken, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", $"{server}.key", "-out", $"{server}.csr", "-subj", $"/CN={server}");
            await OpenSsl(folder, cancellationToken, "x509", "-req", "-in", $"{server}.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", $"{server}.crt", "-days", "2", "-extfile", "san.ext");
        }
        // Mosquitto started as root drops to its own user before reading keys in some versions.
        foreach (var file in Directory.GetFiles(folder))
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }

    private static async Task OpenSsl(string folder, CancellationToken cancellationToken, params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync("/bin/sh", ["-c", $"cd '{folder}' && exec {MosquittoPlant.OpenSsl} \"$@\"", "openssl", .. arguments], cancellationToken: cancellationToken);
        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
