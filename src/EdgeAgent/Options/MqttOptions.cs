using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Options;

/// <summary>Where the MQTT broker is: inside the agent, or the plant's own.</summary>
internal enum BrokerMode
{
    /// <summary>An MQTTnet broker inside the agent, so one board works with nothing else installed.</summary>
    Embedded,

    /// <summary>The plant's broker (Mosquitto, EMQX, HiveMQ).</summary>
    External,
}

/// <summary>The <c>Mqtt</c> section.</summary>
internal sealed class MqttOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Mqtt";

    /// <summary><c>embedded</c> (default) or <c>external</c>.</summary>
    public BrokerMode Broker { get; set; } = BrokerMode.Embedded;

    /// <summary>External broker host name or address.</summary>
    public string? Host { get; set; }

    /// <summary>Broker port: the embedded broker listens on it, the client connects to it.</summary>
    [Range(1, 65535, ErrorMessage = "Mqtt:Port must be between 1 and 65535")]
    public int Port { get; set; } = 1883;

    /// <summary>Address the embedded broker binds to; loopback so nothing is exposed unless asked for.</summary>
    [Required(ErrorMessage = "Mqtt:BindAddress must be an IP address")]
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>User name (external broker, or required by the embedded one when set).</summary>
    public string? Username { get; set; }

    /// <summary>Password for <see cref="Username"/>.</summary>
    public string? Password { get; set; }

    /// <summary>MQTT client id; default <c>edge-{deviceId}</c>.</summary>
    [MaxLength(256, ErrorMessage = "Mqtt:ClientId must be at most 256 characters")]
    public string? ClientId { get; set; }

    /// <summary>Root of the agent's topics; default <c>edge/{deviceId}</c>; <c>{deviceId}</c> is replaced.</summary>
    public string? BaseTopic { get; set; }

    /// <summary>Keep-alive interval; a dead connection is noticed after about 1.5 times this.</summary>
    [Range(5, 3600, ErrorMessage = "Mqtt:KeepAliveSeconds must be between 5 and 3600")]
    public int KeepAliveSeconds { get; set; } = 15;

    /// <summary>Commands larger than this are refused with <c>payload_too_large</c>.</summary>
    [Range(256, 1_048_576, ErrorMessage = "Mqtt:MaxCommandBytes must be between 256 and 1048576")]
    public int MaxCommandBytes { get; set; } = 16 * 1024;

    /// <summary>Heartbeat: the retained status is refreshed this often (0 = only on changes).</summary>
    [Range(0, 86_400, ErrorMessage = "Mqtt:StatusIntervalSeconds must be between 0 and 86400")]
    public int StatusIntervalSeconds { get; set; } = 60;

    /// <summary>Reconnect back-off.</summary>
    [ValidateObjectMembers]
    public ReconnectOptions Reconnect { get; set; } = new();

    /// <summary>TLS towards an external broker (checked by <see cref="MqttOptionsRules"/>).</summary>
    public MqttTlsOptions Tls { get; set; } = new();

    /// <summary>The durable event outbox.</summary>
    [ValidateObjectMembers]
    public OutboxOptions Outbox { get; set; } = new();

    /// <summary>Home Assistant discovery.</summary>
    public HomeAssistantOptions HomeAssistant { get; set; } = new();

    /// <summary>Topics whose latest value is added to questions about "this alarm".</summary>
    public MachineContextOptions MachineContext { get; set; } = new();
}
