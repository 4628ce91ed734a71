using Edge.Agent.Status;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Adapters;

/// <summary>
/// Reports the speech models: the Whisper model, and the Silero voice activity model when
/// <c>Speech:Vad</c> uses it — present, missing or unusable with the speech library's reason (a
/// Silero model that cannot run says that the spectral detector stands in). Before a model was loaded
/// (the service loads both at start; commands never do) the file is only looked at.
/// </summary>
internal sealed class SpeechStatusContributor(
    Speech.ISpeechTranscriber speech, Speech.IVoiceActivityDetector voice, IOptions<Speech.SpeechOptions> options) : IStatusContributor
{
    /// <summary>Name of the model in status payloads.</summary>
    public const string ModelName = "whisper";

    /// <summary>Name of the voice activity model in status payloads.</summary>
    public const string VadModelName = "vad";

    /// <inheritdoc />
    public StatusContribution Contribute() => voice.Status.Model is { } vad
        ? new(Models: [Describe(speech.ModelStatus, options.Value.WhisperModel), DescribeVad(vad, voice.Status)])
        : new(Models: [Describe(speech.ModelStatus, options.Value.WhisperModel)]);

    /// <summary>The model's state from a load result, or from the file when it was not loaded yet.</summary>
    internal static ModelState Describe(Speech.SpeechModelStatus status, string? configured) => status.State switch
    {
        Speech.SpeechModelState.Present => new(ModelName, true, status.Path, status.Reason),
        Speech.SpeechModelState.Missing => new(ModelName, false, status.Path, status.Reason),
        Speech.SpeechModelState.Unusable => new(ModelName, false, status.Path, status.Reason, Unusable: true),
        _ => FromFile(configured),
    };

    /// <summary>The Silero model: what the detector loaded, or its file before the first load.</summary>
    internal static ModelState DescribeVad(Speech.SpeechModelStatus model, Speech.VoiceDetectorStatus detector)
    {
        var fallback = $"; voice activity uses the {detector.Active} detector instead of {detector.Configured}";
        return model.State switch
        {
            Speech.SpeechModelState.Present => new(VadModelName, true, model.Path, $"{model.Reason}; detector {detector.Active}"),
            Speech.SpeechModelState.Missing => new(VadModelName, false, model.Path, model.Reason + fallback),
            Speech.SpeechModelState.Unusable => new(VadModelName, false, model.Path, model.Reason + fallback, Unusable: true),
            _ => File.Exists(model.Path) ? new(VadModelName, true, model.Path, "found, not loaded yet")
                : new(VadModelName, false, model.Path, $"model file not found: {model.Path}; voice activity will use the spectral detector instead of {detector.Configured}"),
        };
    }

    // The same words as the speech library's loader, so the status reads alike before and after loading.
    private static ModelState FromFile(string? path) =>
        string.IsNullOrWhiteSpace(path) ? new(ModelName, false, null, "Speech:WhisperModel is not set")
        : Directory.Exists(path) ? new(ModelName, false, path, $"{path} is a folder, not a ggml model file")
        : !File.Exists(path) ? new(ModelName, false, path, $"model file not found: {path}")
        : new(ModelName, true, path, "found, not loaded yet");
}
