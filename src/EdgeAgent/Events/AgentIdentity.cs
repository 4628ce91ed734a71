using Edge.Agent.Options;

namespace Edge.Agent.Events;

/// <summary>Who this board is on the bus: device id, base topic and client id, resolved once from configuration.</summary>
internal sealed class AgentIdentity
{
    /// <summary>Resolves the defaults: device id = host name, base topic <c>edge/{deviceId}</c>, client id <c>edge-{deviceId}</c>.</summary>
    public AgentIdentity(DeviceOptions device, MqttOptions mqtt)
    {
        DeviceId = device.EffectiveDeviceId;
        BaseTopic = (string.IsNullOrWhiteSpace(mqtt.BaseTopic) ? "edge/{deviceId}" : mqtt.BaseTopic)
            .Replace("{deviceId}", DeviceId, StringComparison.OrdinalIgnoreCase);
        ClientId = string.IsNullOrWhiteSpace(mqtt.ClientId) ? $"edge-{DeviceId}" : mqtt.ClientId;
    }

    /// <summary>The board's name.</summary>
    public string DeviceId { get; }

    /// <summary>Root of all topics of this agent.</summary>
    public string BaseTopic { get; }

    /// <summary>MQTT client id.</summary>
    public string ClientId { get; }

    /// <summary>Full topic for a suffix such as <c>events/answer</c>.</summary>
    public string Topic(string suffix) => $"{BaseTopic}/{suffix}";
}
