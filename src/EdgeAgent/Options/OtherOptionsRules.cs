using Microsoft.Extensions.Options;

namespace Edge.Agent.Options;

/// <summary>GPIO rules across keys: a button when enabled, no pin used twice.</summary>
internal sealed class GpioOptionsRules : IValidateOptions<GpioOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, GpioOptions options)
    {
        if (!options.Enabled)
            return ValidateOptionsResult.Success;
        var errors = new List<string>();
        if (options.ButtonPin is null && options.ListeningLedPin is null && options.BusyLedPin is null && options.ErrorLedPin is null)
            errors.Add("Gpio:ButtonPin (or an LED pin) is required when Gpio:Enabled is true");
        var pins = new[] { options.ButtonPin, options.ListeningLedPin, options.BusyLedPin, options.ErrorLedPin }.OfType<int>().ToList();
        if (pins.Count != pins.Distinct().Count())
            errors.Add("Gpio:ButtonPin, Gpio:ListeningLedPin, Gpio:BusyLedPin and Gpio:ErrorLedPin must be different pins");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

/// <summary>The device id ends up in topic names, so it must not contain topic separators or wildcards.</summary>
internal sealed class DeviceOptionsRules : IValidateOptions<DeviceOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DeviceOptions options)
    {
        var id = options.EffectiveDeviceId;
        return id.Length > 128 || id.IndexOfAny(['/', '+', '#', '\0']) >= 0
            ? ValidateOptionsResult.Fail($"DeviceId '{id}' must be at most 128 characters without '/', '+' or '#'")
            : ValidateOptionsResult.Success;
    }
}

/// <summary>What makes a valid base topic.</summary>
internal static class TopicRules
{
    /// <summary>True for a non-empty topic without wildcards and without leading/trailing separators.</summary>
    public static bool IsValidBase(string topic) =>
        topic.Length > 0 && topic.IndexOfAny(['+', '#', '\0']) < 0 && !topic.StartsWith('/') && !topic.EndsWith('/') && !topic.Contains("//", StringComparison.Ordinal);
}
