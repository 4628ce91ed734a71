using System.Net;

namespace Edge.Agent.Options;

/// <summary>Where the agent's MQTT client connects: the embedded broker over loopback, or <c>Mqtt:Host</c>.</summary>
/// <param name="Host">Host name or address.</param>
/// <param name="Port">Port.</param>
internal sealed record MqttEndpoint(string Host, int Port)
{
    /// <summary>The endpoint the configuration names.</summary>
    public static MqttEndpoint From(MqttOptions options) =>
        new(options.Broker == BrokerMode.External ? options.Host! : LocalAddressFor(options.BindAddress), options.Port);

    /// <summary>host:port, for messages.</summary>
    public override string ToString() => $"{Host}:{Port}";

    // The embedded broker bound to "any" is reached over loopback.
    private static string LocalAddressFor(string bindAddress)
    {
        var address = IPAddress.Parse(bindAddress);
        if (address.Equals(IPAddress.Any))
            return IPAddress.Loopback.ToString();
        return address.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback.ToString() : address.ToString();
    }
}
