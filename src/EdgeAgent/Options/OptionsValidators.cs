using Microsoft.Extensions.Options;

namespace Edge.Agent.Options;

// Compile-time DataAnnotations validators: no reflection at start-up, and the messages are the
// ErrorMessage texts above, which name the configuration key the operator has to fix.

/// <summary>Validates <see cref="AgentOptions"/> attributes.</summary>
[OptionsValidator]
internal sealed partial class AgentOptionsValidator : IValidateOptions<AgentOptions>;

/// <summary>Validates <see cref="MqttOptions"/> attributes, nested sections included.</summary>
[OptionsValidator]
internal sealed partial class MqttOptionsValidator : IValidateOptions<MqttOptions>;

/// <summary>Validates <see cref="GpioOptions"/> attributes.</summary>
[OptionsValidator]
internal sealed partial class GpioOptionsValidator : IValidateOptions<GpioOptions>;
