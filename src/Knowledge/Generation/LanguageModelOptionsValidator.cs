using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Generation;

/// <summary>
/// Compile-time validation of the option ranges. The model folder itself is deliberately not
/// validated here: a missing or broken model is a status, not a reason to stop the agent.
/// </summary>
[OptionsValidator]
internal sealed partial class LanguageModelOptionsValidator : IValidateOptions<LanguageModelOptions>;
