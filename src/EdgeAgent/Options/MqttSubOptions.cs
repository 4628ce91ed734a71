using System.ComponentModel.DataAnnotations;

namespace Edge.Agent.Options;

/// <summary><c>Mqtt:Reconnect</c>: capped exponential back-off between connection attempts.</summary>
internal sealed class ReconnectOptions
{
    /// <summary>First delay after a failed attempt or a lost connection.</summary>
    [Range(10, 600_000, ErrorMessage = "Mqtt:Reconnect:MinDelayMs must be between 10 and 600000")]
    public int MinDelayMs { get; set; } = 1000;

    /// <summary>The delay doubles up to this.</summary>
    [Range(10, 3_600_000, ErrorMessage = "Mqtt:Reconnect:MaxDelayMs must be between 10 and 3600000")]
    public int MaxDelayMs { get; set; } = 30_000;
}

/// <summary><c>Mqtt:Tls</c>.</summary>
internal sealed class MqttTlsOptions
{
    /// <summary>Connect with TLS (usually port 8883).</summary>
    public bool Enabled { get; set; }

    /// <summary>PEM file of the CA that signed the broker's certificate; default: the system's trust store.</summary>
    public string? CaFile { get; set; }

    /// <summary>PEM client certificate for mutual TLS.</summary>
    public string? ClientCertFile { get; set; }

    /// <summary>PEM private key of <see cref="ClientCertFile"/>; may be omitted when the certificate file holds it.</summary>
    public string? ClientKeyFile { get; set; }

    /// <summary>Accept any broker certificate; only for commissioning, never in production.</summary>
    public bool AllowUntrustedCertificates { get; set; }
}

/// <summary><c>Mqtt:Outbox</c>.</summary>
internal sealed class OutboxOptions
{
    /// <summary>Events kept while the broker is unreachable; beyond it the oldest are dropped and reported.</summary>
    [Range(100, 10_000_000, ErrorMessage = "Mqtt:Outbox:MaxEvents must be between 100 and 10000000")]
    public int MaxEvents { get; set; } = 10_000;

    /// <summary>On shutdown, how long to try to deliver what is still queued.</summary>
    [Range(0, 300, ErrorMessage = "Mqtt:Outbox:FlushTimeoutSeconds must be between 0 and 300")]
    public int FlushTimeoutSeconds { get; set; } = 5;
}

/// <summary><c>Mqtt:HomeAssistant</c>.</summary>
internal sealed class HomeAssistantOptions
{
    /// <summary>Publish a device discovery message for Home Assistant.</summary>
    public bool Enabled { get; set; }

    /// <summary>Home Assistant's discovery prefix.</summary>
    public string DiscoveryPrefix { get; set; } = "homeassistant";
}

/// <summary><c>Mqtt:MachineContext</c>.</summary>
internal sealed class MachineContextOptions
{
    /// <summary>Topics to follow, e.g. the machine's current alarm (text, or JSON with code/text).</summary>
    public List<string> Topics { get; set; } = [];
}
