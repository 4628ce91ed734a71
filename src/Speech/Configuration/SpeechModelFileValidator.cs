using Microsoft.Extensions.Options;

namespace Edge.Speech.Configuration;

/// <summary>
/// File checks at start-up. A missing model normally only makes speech unavailable (the agent still
/// answers text questions and reports it in its status), so it fails validation only when
/// <see cref="SpeechOptions.RequireModel"/> asks for that; a path to a folder is always a mistake.
/// </summary>
internal sealed class SpeechModelFileValidator : IValidateOptions<SpeechOptions>
{
    public ValidateOptionsResult Validate(string? name, SpeechOptions options)
    {
        var path = options.WhisperModel;
        if (string.IsNullOrWhiteSpace(path))
        {
            return options.RequireModel
                ? ValidateOptionsResult.Fail("Speech:WhisperModel is not set but Speech:RequireModel is true.")
                : ValidateOptionsResult.Success;
        }

        if (Directory.Exists(path))
        {
            return ValidateOptionsResult.Fail($"Speech:WhisperModel points to a folder ({path}); it must name a ggml model file.");
        }

        return options.RequireModel && !File.Exists(path)
            ? ValidateOptionsResult.Fail($"Speech:WhisperModel file not found: {path} (Speech:RequireModel is true).")
            : ValidateOptionsResult.Success;
    }
}
