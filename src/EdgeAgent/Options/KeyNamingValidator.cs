using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Options;

/// <summary>
/// Runs a source-generated validator and rewrites its messages to name the configuration key, e.g.
/// "Port: The field MqttOptions.Port must be between 1 and 65535." becomes "Mqtt:Port must be between
/// 1 and 65535". Needed because the generator's Range attribute ignores ErrorMessage (10.0.15); when
/// it honours it, the "Member: " prefix in front of our own key-naming message is removed instead.
/// </summary>
internal sealed partial class KeyNamingValidator<TOptions>(IValidateOptions<TOptions> inner, string section) : IValidateOptions<TOptions>
    where TOptions : class
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var result = inner.Validate(name, options);
        return result.Failed ? ValidateOptionsResult.Fail(result.Failures!.Select(Rewrite)) : result;
    }

    /// <summary>The message with the configuration key in front.</summary>
    internal string Rewrite(string failure)
    {
        var generated = GeneratedMessage().Match(failure);
        if (generated.Success)
            return $"{section}{generated.Groups["path"].Value.Replace('.', ':')} {generated.Groups["rest"].Value}";
        var prefixed = MemberPrefix().Match(failure);
        return prefixed.Success && prefixed.Groups["message"].Value.StartsWith(section + ":", StringComparison.Ordinal)
            ? prefixed.Groups["message"].Value
            : failure;
    }

    [GeneratedRegex(@"^[\w.]+: The field \w+(?<path>(?:\.\w+)+) (?<rest>.+?)\.?$")]
    private static partial Regex GeneratedMessage();

    [GeneratedRegex(@"^[\w., ]+: (?<message>.+)$")]
    private static partial Regex MemberPrefix();
}
