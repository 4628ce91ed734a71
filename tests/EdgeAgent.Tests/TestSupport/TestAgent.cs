using Edge.Agent.Hosting;
using Edge.Knowledge.Answering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Edge.Agent.Tests.TestSupport;

/// <summary>The real agent service in-process (AddAgentService), with fakes only for the assistant, speech and GPIO.</summary>
internal sealed class TestAgent : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TempDirectory? _ownedData;

    private TestAgent(IHost host, string deviceId, int port, string dataDir, TempDirectory? ownedData)
    {
        (_host, DeviceId, Port, DataDir, _ownedData) = (host, deviceId, port, dataDir, ownedData);
    }

    public string DeviceId { get; }
    public int Port { get; }
    public string DataDir { get; }
    public string BaseTopic => $"edge/{DeviceId}";
    public IServiceProvider Services => _host.Services;
    public FakeLogCollector Logs => _host.Services.GetFakeLogCollector();

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public string Topic(string suffix) => $"{BaseTopic}/{suffix}";

    /// <summary>An agent on its own embedded broker (or the given settings), started and connected.</summary>
    public static async Task<TestAgent> StartAsync(
        IDictionary<string, string?>? settings = null, IKnowledgeAssistant? assistant = null,
        Action<IServiceCollection>? services = null, string? dataDir = null, bool waitConnected = true)
    {
        LiteDbWarmup.Ensure();
        var port = FreePort.Next();
        var deviceId = "press-" + Guid.NewGuid().ToString("N")[..6];
        var config = new Dictionary<string, string?>
        {
            ["DeviceId"] = deviceId, ["Mqtt:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mqtt:Reconnect:MinDelayMs"] = "100", ["Mqtt:Reconnect:MaxDelayMs"] = "500", ["Mqtt:StatusIntervalSeconds"] = "0",
            // On a busy machine the last events and the offline status may take a while to get out at shutdown.
            ["Mqtt:Outbox:FlushTimeoutSeconds"] = "300",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            config[key] = value;
        if (config["Mqtt:Port"] is { } configured)
            port = int.Parse(configured, System.Globalization.CultureInfo.InvariantCulture);
        var owned = dataDir is null ? new TempDirectory() : null;
        config["DataDir"] = dataDir ?? owned!.Path;

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TestTimeouts.Hang);
        builder.Services.AddSingleton(assistant ?? new FakeAssistant());
        services?.Invoke(builder.Services);
        builder.Services.AddAgentService(builder.Configuration);
        var host = builder.Build();
        var agent = new TestAgent(host, config["DeviceId"]!, port, config["DataDir"]!, owned);
        try
        {
            await host.StartAsync();
            if (waitConnected)
                await agent.Get<Edge.Agent.Mqtt.MqttConnection>().WaitUntilConnectedAsync().WaitAsync(TestTimeouts.Hang);
        }
        catch
        {
            await agent.DisposeAsync();
            throw;
        }
        return agent;
    }

    /// <summary>A probe on the agent's broker subscribed to everything the agent publishes.</summary>
    public Task<MqttProbe> ProbeAsync(params string[] extraTopics) =>
        MqttProbe.ConnectAsync(Port, [$"{BaseTopic}/#", .. extraTopics]);

    public Task StopAsync() => _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        try { await _host.StopAsync(); }
        catch (Exception) { /* already stopped or never started */ }
        _host.Dispose();
        _ownedData?.Dispose();
    }
}
