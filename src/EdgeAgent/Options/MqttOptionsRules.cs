using System.Net;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Options;

/// <summary>Rules spanning several MQTT keys, and file checks, that attributes cannot express.</summary>
internal sealed class MqttOptionsRules : IValidateOptions<MqttOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MqttOptions options)
    {
        var errors = new List<string>();
        if (options.Broker == BrokerMode.External && string.IsNullOrWhiteSpace(options.Host))
            errors.Add("Mqtt:Host is required when Mqtt:Broker is external");
        if (!IPAddress.TryParse(options.BindAddress, out _))
            errors.Add($"Mqtt:BindAddress must be an IP address, not '{options.BindAddress}'");
        if (options.Reconnect.MaxDelayMs < options.Reconnect.MinDelayMs)
            errors.Add("Mqtt:Reconnect:MaxDelayMs must not be less than Mqtt:Reconnect:MinDelayMs");
        if (options.BaseTopic is { } baseTopic && !TopicRules.IsValidBase(baseTopic))
            errors.Add($"Mqtt:BaseTopic '{baseTopic}' must be a topic without wildcards (+ #) and without a leading or trailing '/'");
        if (options.Password is not null && string.IsNullOrEmpty(options.Username))
            errors.Add("Mqtt:Username is required when Mqtt:Password is set");
        foreach (var topic in options.MachineContext.Topics)
        {
            if (string.IsNullOrWhiteSpace(topic))
                errors.Add("Mqtt:MachineContext:Topics must not contain empty topics");
        }
        CheckFile(errors, "Mqtt:Tls:CaFile", options.Tls.CaFile);
        CheckFile(errors, "Mqtt:Tls:ClientCertFile", options.Tls.ClientCertFile);
        CheckFile(errors, "Mqtt:Tls:ClientKeyFile", options.Tls.ClientKeyFile);
        if (options.Tls.ClientKeyFile is not null && options.Tls.ClientCertFile is null)
            errors.Add("Mqtt:Tls:ClientCertFile is required when Mqtt:Tls:ClientKeyFile is set");
        if (options.HomeAssistant.Enabled && !TopicRules.IsValidBase(options.HomeAssistant.DiscoveryPrefix))
            errors.Add("Mqtt:HomeAssistant:DiscoveryPrefix must be a topic without wildcards");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckFile(List<string> errors, string key, string? path)
    {
        if (path is not null && !File.Exists(path))
            errors.Add($"{key} file not found: {path}");
    }
}
