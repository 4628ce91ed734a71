using Microsoft.Extensions.Options;

namespace Edge.Speech.Configuration;

/// <summary>Compile-time generated validation of the DataAnnotations on <see cref="SpeechOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class SpeechOptionsValidator : IValidateOptions<SpeechOptions>;
