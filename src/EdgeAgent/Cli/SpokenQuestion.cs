using Edge.Agent.Adapters;
using Edge.Speech;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Cli;

/// <summary>
/// <c>ask --wav FILE</c>: decodes the file (any PCM/float WAV, resampled to 16 kHz mono), loads the
/// Whisper model and transcribes with the plant's vocabulary, as the service does for the microphone.
/// </summary>
internal static class SpokenQuestion
{
    /// <summary>The transcript of <paramref name="path"/>; throws one-line errors for bad audio, a missing model, or silence.</summary>
    public static async Task<Transcript> TranscribeAsync(IServiceProvider services, string path, string? collection, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<IOptions<SpeechOptions>>().Value;
        // Decoded before the model is loaded: a bad file is reported at once.
        var clip = WavDecoder.ReadFile(path, TimeSpan.FromSeconds(options.MaxQuestionSeconds));
        var transcriber = services.GetRequiredService<ISpeechTranscriber>();
        var model = await transcriber.LoadModelAsync(cancellationToken);
        if (!model.IsUsable)
            throw new SpeechModelException(model);
        var vocabulary = ActivatorUtilities.CreateInstance<PlantSpeechPrompt>(services).For(collection);
        var transcript = await transcriber.TranscribeAsync(clip, new SpeechRequest { Vocabulary = vocabulary }, cancellationToken);
        return transcript.HasSpeech ? transcript : throw new NoSpeechException(Path.GetFileName(path), transcript.Detail);
    }
}

/// <summary>The Whisper model is missing or unusable; the message names the key to set.</summary>
internal sealed class SpeechModelException(SpeechModelStatus status)
    : Exception(status.State == SpeechModelState.Missing && status.Path is null
        ? $"no Whisper model: {status.Reason} (set Speech:WhisperModel to a ggml model file)"
        : $"Whisper model not usable: {status.Reason} (check Speech:WhisperModel)");

/// <summary>The audio holds no question (silence, noise, or nothing Whisper would stand by).</summary>
internal sealed class NoSpeechException(string file, string? detail) : Exception($"no speech detected in {file}")
{
    /// <summary>What the detector or the filter decided, for --verbose.</summary>
    public string? Detail { get; } = detail;
}
