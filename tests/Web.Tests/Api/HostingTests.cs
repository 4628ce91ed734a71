using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Edge.Agent.Hosting;
using Edge.Agent.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Web.Tests.Api;

/// <summary>The service as <c>edge-agent run</c> builds it: Kestrel from Web:Urls, TLS from a configured certificate.</summary>
public sealed class HostingTests
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_WithAnHttpsAddressAndACertificate_ServesThePanelOverTls()
    {
        using var folder = new TempDirectory();
        using var certificate = SelfSigned();
        File.WriteAllText(Path.Combine(folder.Path, "panel.crt"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder.Path, "panel.key"), certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        var config = WriteConfig(folder, new JsonObject
        {
            ["Web"] = new JsonObject
            {
                ["Urls"] = "https://127.0.0.1:0",
                ["Tls"] = new JsonObject { ["CertificateFile"] = Path.Combine(folder.Path, "panel.crt"), ["KeyFile"] = Path.Combine(folder.Path, "panel.key") },
            },
        });
        await using var app = AgentWebHost.Build(new AgentSettings(config, Path.Combine(folder.Path, "data")));
        await app.StartAsync(Cancel);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            Assert.StartsWith("https://127.0.0.1:", address, StringComparison.Ordinal);
            X509Certificate2? presented = null;
            using var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, cert, _, _) => { presented = cert is null ? null : new X509Certificate2(cert); return true; },
            };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(address) };
            using var response = await client.GetAsync("/api/session", Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(certificate.Thumbprint, presented!.Thumbprint);
        }
        finally
        {
            await app.StopAsync(Cancel);
        }
    }

    [Fact]
    public void Run_WithAnHttpsAddressButNoCertificate_StopsAtStartWithTheKey()
    {
        using var folder = new TempDirectory();
        var config = WriteConfig(folder, new JsonObject { ["Web"] = new JsonObject { ["Urls"] = "https://0.0.0.0:8443" } });
        var error = Assert.Throws<OptionsValidationException>(() => Validate(config, folder));
        Assert.Contains("Web:Tls:CertificateFile is required", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://0.0.0.0:21")]
    [InlineData("http://panel.example:8080")]
    [InlineData("")]
    public void Run_WithUnusableUrls_StopsAtStartWithTheKey(string urls)
    {
        using var folder = new TempDirectory();
        var config = WriteConfig(folder, new JsonObject { ["Web"] = new JsonObject { ["Urls"] = urls } });
        var error = Assert.Throws<OptionsValidationException>(() => Validate(config, folder));
        Assert.Contains("Web:Urls", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithTheWebPanelOff_OpensNoPort()
    {
        using var folder = new TempDirectory();
        var config = WriteConfig(folder, new JsonObject { ["Web"] = new JsonObject { ["Enabled"] = false, ["Urls"] = "not even checked" } });
        await using var app = AgentWebHost.Build(new AgentSettings(config, Path.Combine(folder.Path, "data")));
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        Assert.IsType<NoServer>(app.Services.GetRequiredService<IServer>());
    }

    [Fact]
    public void SetPassword_WritesTheHashIntoTheConfigurationAndKeepsTheRest()
    {
        using var folder = new TempDirectory();
        var config = WriteConfig(folder, new JsonObject { ["DeviceId"] = "press7", ["Web"] = new JsonObject { ["Urls"] = "http://0.0.0.0:8080" } });
        WebCommand.WriteHash(config, Auth.AdminPassword.Hash("Werkbank-2041", iterations: 1000));
        var written = JsonNode.Parse(File.ReadAllText(config))!;
        Assert.Equal("press7", written["DeviceId"]!.GetValue<string>());
        Assert.Equal("http://0.0.0.0:8080", written["Web"]!["Urls"]!.GetValue<string>());
        Assert.True(Auth.AdminPassword.Verify("Werkbank-2041", written["Web"]!["AdminPasswordHash"]!.GetValue<string>()));
    }

    // A bad Web section fails while the application is built (Kestrel reads it) or when it is validated,
    // both before anything starts; `run` reports either as one configuration error line.
    private static void Validate(string config, TempDirectory folder)
    {
        using var app = AgentWebHost.Build(new AgentSettings(config, Path.Combine(folder.Path, "data")));
        app.Services.GetRequiredService<IStartupValidator>().Validate();
    }

    private static string WriteConfig(TempDirectory folder, JsonObject settings)
    {
        settings["Mqtt"] = new JsonObject { ["Port"] = FreePort() };
        var file = Path.Combine(folder.Path, "edge.json");
        File.WriteAllText(file, settings.ToJsonString());
        return file;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=edge-panel", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
