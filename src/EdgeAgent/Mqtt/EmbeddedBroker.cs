using System.Net;
using Edge.Agent.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace Edge.Agent.Mqtt;

/// <summary>
/// The MQTTnet broker inside the agent (<c>Mqtt:Broker=embedded</c>), so one board works with nothing
/// else installed. Bound to loopback unless <c>Mqtt:BindAddress</c> says otherwise; when
/// <c>Mqtt:Username</c> is set, clients must present it.
/// </summary>
internal sealed class EmbeddedBroker(IOptions<MqttOptions> options, ILogger<EmbeddedBroker> logger) : IHostedService, IDisposable
{
    private MqttServer? _server;

    /// <summary>True while the broker accepts connections.</summary>
    public bool IsRunning => _server?.IsStarted == true;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Broker != BrokerMode.Embedded)
            return;
        var address = IPAddress.Parse(settings.BindAddress);
        var builder = new MqttServerFactory().CreateServerOptionsBuilder().WithDefaultEndpoint().WithDefaultEndpointPort(settings.Port);
        builder = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? builder.WithDefaultEndpointBoundIPV6Address(address).WithDefaultEndpointBoundIPAddress(IPAddress.None)
            : builder.WithDefaultEndpointBoundIPAddress(address).WithDefaultEndpointBoundIPV6Address(IPAddress.None);
        _server = new MqttServerFactory().CreateMqttServer(builder.Build());
        _server.ValidatingConnectionAsync += e => Validate(e, settings.Username, settings.Password ?? "");
        try
        {
            await _server.StartAsync();
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"the embedded MQTT broker cannot listen on {settings.BindAddress}:{settings.Port}: {ex.Message} (set Mqtt:Port, or Mqtt:Broker=external)", ex);
        }
        Log.EmbeddedBrokerStarted(logger, settings.BindAddress, settings.Port);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is { IsStarted: true } server)
            await server.StopAsync(new MqttServerStopOptions());
    }

    /// <inheritdoc />
    public void Dispose() => _server?.Dispose();

    private static Task Validate(ValidatingConnectionEventArgs e, string? username, string password)
    {
        if (!string.IsNullOrEmpty(username)
            && (!string.Equals(e.UserName, username, StringComparison.Ordinal) || !string.Equals(e.Password, password, StringComparison.Ordinal)))
        {
            e.ReasonCode = MqttConnectReasonCode.BadUserNameOrPassword;
        }
        // Panels and command-line tools (mosquitto_sub without -i) often connect without a client
        // id and expect the broker to assign one, as MQTT allows for clean sessions.
        else if (string.IsNullOrEmpty(e.ClientId))
        {
            e.AssignedClientIdentifier = "edge-anon-" + Guid.NewGuid().ToString("N")[..12];
        }
        return Task.CompletedTask;
    }
}
