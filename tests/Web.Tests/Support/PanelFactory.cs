using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Edge.Agent.Adapters;
using Edge.Agent.Events;
using Edge.Agent.Hosting;
using Edge.Agent.Status;
using Edge.Knowledge;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Edge.Agent.Web.Tests.Support;

/// <summary>
/// The agent service with the real knowledge base and the web panel, in process: the test server for
/// API tests, or Kestrel on a free loopback port for the browser (<see cref="WebApplicationFactory{T}.UseKestrel(int)"/>).
/// Only speech is missing (no microphone here), as on a board without a Whisper model.
/// </summary>
internal sealed class PanelFactory(IDictionary<string, string?>? settings = null) : WebApplicationFactory<AgentIdentity>
{
    private readonly TempDirectory _data = new();

    public string DataDir => _data.Path;

    public string DeviceId { get; } = "press-" + Guid.NewGuid().ToString("N")[..6];

    /// <summary>The admin password of <see cref="WithAdminPassword"/>.</summary>
    public const string AdminPassword = "correct horse battery";

    /// <summary>Settings with an admin password (few hash iterations: the tests check the logic, not the cost).</summary>
    public static Dictionary<string, string?> WithAdminPassword(Dictionary<string, string?>? more = null)
    {
        var result = new Dictionary<string, string?> { ["Web:AdminPasswordHash"] = Auth.AdminPassword.Hash(AdminPassword, iterations: 1000) };
        foreach (var (key, value) in more ?? [])
            result[key] = value;
        return result;
    }

    /// <summary>Ingests sample manuals (copied beside the tests from samples/manuals).</summary>
    public void Ingest(string collection, params string[] names)
    {
        var report = Services.GetRequiredService<IKnowledgeBase>().Ingest([.. names.Select(SampleManual)], collection);
        Assert.False(report.HasFailures, string.Join("; ", report.Files.Select(f => f.Reason)));
    }

    public static string SampleManual(string name) => Path.Combine(AppContext.BaseDirectory, "samples", "manuals", name);

    protected override IHostBuilder CreateHostBuilder()
    {
        var config = new Dictionary<string, string?>
        {
            ["DeviceId"] = DeviceId, ["DataDir"] = DataDir,
            ["Mqtt:Port"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["Mqtt:StatusIntervalSeconds"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            config[key] = value;
        return new HostBuilder()
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureAppConfiguration(c => c.AddInMemoryCollection(config))
            .ConfigureLogging(l => l.AddFakeLogging().SetMinimumLevel(LogLevel.Information))
            .ConfigureServices((context, services) =>
            {
                services.AddKnowledge(context.Configuration.GetSection("Knowledge"), o => o.DataDirectory = DataDir);
                services.TryAddEnumerable(ServiceDescriptor.Singleton<IStatusContributor, KnowledgeStatusContributor>());
                services.AddAgentService(context.Configuration);
                services.AddWebPanel(context.Configuration);
            });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.Configure(app => app.UseWebPanel());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _data.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
