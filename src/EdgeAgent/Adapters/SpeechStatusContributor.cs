using Edge.Agent.Status;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Adapters;

/// <summary>
/// Reports the Whisper model: present, missing or unusable with the speech library's reason. Before
/// the model was loaded (the service loads it at start; commands never do) the file is only looked at.
/// </summary>
internal sealed class SpeechStatusContributor(Speech.ISpeechTranscriber speech, IOptions<Speech.SpeechOptions> options) : IStatusContributor
{
    /// <summary>Name of the model in status payloads.</summary>
    public const string ModelName = "whisper";

    /// <inheritdoc />
    public StatusContribution Contribute() => new(Models: [Describe(speech.ModelStatus, options.Value.WhisperModel)]);

    /// <summary>The model's state from a load result, or from the file when it was not loaded yet.</summary>
    internal static ModelState Describe(Speech.SpeechModelStatus status, string? configured) => status.State switch
    {
        Speech.SpeechModelState.Present => new(ModelName, true, status.Path, status.Reason),
        Speech.SpeechModelState.Missing => new(ModelName, false, status.Path, status.Reason),
        Speech.SpeechModelState.Unusable => new(ModelName, false, status.Path, status.Reason, Unusable: true),
        _ => FromFile(configured),
    };

    // The same words as the speech library's loader, so the status reads alike before and after loading.
    private static ModelState FromFile(string? path) =>
        string.IsNullOrWhiteSpace(path) ? new(ModelName, false, null, "Speech:WhisperModel is not set")
        : Directory.Exists(path) ? new(ModelName, false, path, $"{path} is a folder, not a ggml model file")
        : !File.Exists(path) ? new(ModelName, false, path, $"model file not found: {path}")
        : new(ModelName, true, path, "found, not loaded yet");
}
