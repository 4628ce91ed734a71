using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Speech.Vad;

/// <summary>
/// Owns the one Silero session of the process. Loads on first use (or at start-up through
/// <see cref="IVoiceActivityDetector.Load"/>); a missing, corrupt or foreign file becomes a
/// <see cref="SpeechModelStatus"/>, never an exception, and detection falls back to the spectral detector.
/// </summary>
internal sealed class SileroModelHost(IOptions<SpeechOptions> options, ILogger<SileroModelHost> logger) : IDisposable
{
    /// <summary>File name of the model shipped beside the program.</summary>
    public const string BundledFileName = "silero_vad.onnx";

    private readonly Lock gate = new();
    private SileroModel? model;

    public string Path { get; } = ResolvePath(options.Value.VadModel);

    public SpeechModelStatus Status { get; private set; } = SpeechModelStatus.NotChecked(ResolvePath(options.Value.VadModel));

    /// <summary>The loaded model, or null when it cannot be used (see <see cref="Status"/>).</summary>
    public SileroModel? Get()
    {
        lock (gate)
        {
            if (Status.State == SpeechModelState.NotChecked)
            {
                Status = Load();
            }

            return model;
        }
    }

    /// <summary>The configured path, or the model shipped beside the program.</summary>
    public static string ResolvePath(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? System.IO.Path.Combine(AppContext.BaseDirectory, BundledFileName) : configured;

    private SpeechModelStatus Load()
    {
        if (!File.Exists(Path))
        {
            var reason = Directory.Exists(Path) ? $"{Path} is a folder, not an ONNX model file" : $"model file not found: {Path}";
            Log.VadModelMissing(logger, reason);
            return new SpeechModelStatus(SpeechModelState.Missing, Path, reason);
        }

        var watch = Stopwatch.StartNew();
        try
        {
            model = SileroModel.Load(Path);
            Log.VadModelLoaded(logger, Path, watch.ElapsedMilliseconds);
            return new SpeechModelStatus(SpeechModelState.Present, Path, $"{System.IO.Path.GetFileName(Path)} (Silero VAD v5)");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            var reason = $"{System.IO.Path.GetFileName(Path)}: {e.Message}";
            Log.VadModelUnusable(logger, reason);
            return new SpeechModelStatus(SpeechModelState.Unusable, Path, reason);
        }
    }

    public void Dispose() => model?.Dispose();
}
