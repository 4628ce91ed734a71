namespace Edge.Agent.Options;

/// <summary>Top-level keys that name this board.</summary>
internal sealed class DeviceOptions
{
    /// <summary>The board's name in topics and events; default: the host name.</summary>
    public string? DeviceId { get; set; }

    /// <summary>The effective device id.</summary>
    public string EffectiveDeviceId => string.IsNullOrWhiteSpace(DeviceId) ? Environment.MachineName : DeviceId.Trim();
}
