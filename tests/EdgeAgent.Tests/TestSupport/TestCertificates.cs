namespace Edge.Agent.Tests.TestSupport;

/// <summary>A throwaway CA and a server certificate for 127.0.0.1/localhost, made with the openssl command line.</summary>
internal sealed class TestCertificates
{
    private TestCertificates(string directory) => Directory = directory;

    public string Directory { get; }
    public string CaFile => Path.Combine(Directory, "ca.crt");
    public string ServerCertFile => Path.Combine(Directory, "server.crt");
    public string ServerKeyFile => Path.Combine(Directory, "server.key");
    public string OtherCaFile => Path.Combine(Directory, "other-ca.crt");

    public static string? OpenSsl { get; } = new[] { "/usr/bin/openssl", "/usr/local/bin/openssl" }.FirstOrDefault(File.Exists);

    public static async Task<TestCertificates> CreateAsync(string directory)
    {
        Assert.SkipWhen(OpenSsl is null, "openssl is not installed (scripts/test.sh installs it)");
        var c = new TestCertificates(directory);
        string P(string name) => Path.Combine(directory, name);
        await Run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Edge Test CA", "-keyout", P("ca.key"), "-out", c.CaFile);
        await Run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Other CA", "-keyout", P("other-ca.key"), "-out", c.OtherCaFile);
        await Run("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", c.ServerKeyFile, "-out", P("server.csr"));
        await File.WriteAllTextAsync(P("server.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        await Run("x509", "-req", "-in", P("server.csr"), "-CA", c.CaFile, "-CAkey", P("ca.key"), "-CAcreateserial", "-days", "2", "-extfile", P("server.ext"), "-out", c.ServerCertFile);
        return c;
    }

    private static Task Run(params string[] arguments) => MosquittoBroker.RunAsync(OpenSsl!, arguments);
}
