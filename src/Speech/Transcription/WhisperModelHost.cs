using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Whisper.net;
using Whisper.net.Logger;

namespace Edge.Speech.Transcription;

/// <summary>
/// Owns the one <see cref="WhisperFactory"/> (the loaded model) for the process. Whisper.net only
/// reports a bad model when the first builder is created, so loading here creates one on purpose and
/// turns every failure into a <see cref="SpeechModelStatus"/> instead of an exception at the first question.
/// </summary>
internal sealed class WhisperModelHost(IOptions<SpeechOptions> options, ILogger<WhisperModelHost> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly string? path = string.IsNullOrWhiteSpace(options.Value.WhisperModel) ? null : options.Value.WhisperModel;
    private WhisperFactory? factory;

    public SpeechModelStatus Status { get; private set; } = SpeechModelStatus.NotChecked(options.Value.WhisperModel);

    public GgmlModelInfo? Info { get; private set; }

    /// <summary>Loads the model on first call; later calls return the same status.</summary>
    public async Task<SpeechModelStatus> LoadAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Status.State == SpeechModelState.NotChecked)
            {
                Status = await Task.Run(Load, cancellationToken);
            }

            return Status;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The loaded factory; throws <see cref="SpeechUnavailableException"/> when the model is not usable.</summary>
    public async Task<(WhisperFactory Factory, GgmlModelInfo Info)> GetAsync(CancellationToken cancellationToken)
    {
        var status = await LoadAsync(cancellationToken);
        return factory is not null && Info is not null ? (factory, Info) : throw new SpeechUnavailableException(status);
    }

    private SpeechModelStatus Load()
    {
        if (path is null)
        {
            return Missing("Speech:WhisperModel is not set");
        }

        if (!File.Exists(path))
        {
            return Missing(Directory.Exists(path) ? $"{path} is a folder, not a ggml model file" : $"model file not found: {path}");
        }

        var watch = Stopwatch.StartNew();
        GgmlModelInfo info;
        try
        {
            info = GgmlModelInspector.Inspect(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return Unusable($"{Path.GetFileName(path)}: {e.Message}");
        }

        var nativeErrors = new List<string>();
        using var capture = LogProvider.AddLogger((level, message) => OnNative(level, message, nativeErrors));
        WhisperFactory? loaded = null;
        try
        {
            loaded = WhisperFactory.FromPath(path);
            _ = loaded.CreateBuilder();   // the model is only judged here
            factory = loaded;
            Info = info;
            Log.ModelLoaded(logger, path, watch.ElapsedMilliseconds, info.Describe());
            return new SpeechModelStatus(SpeechModelState.Present, path, $"{Path.GetFileName(path)} ({info.Describe()})");
        }
        catch (Exception e)
        {
            loaded?.Dispose();
            var native = nativeErrors.Count > 0 ? $": {nativeErrors[^1]}" : string.Empty;
            return Unusable($"{Path.GetFileName(path)} failed to load ({e.GetType().Name}){native}");
        }
    }

    private void OnNative(WhisperLogLevel level, string? message, List<string> errors)
    {
        var line = message?.Trim();
        if (string.IsNullOrEmpty(line))
        {
            return;
        }

        Log.Native(logger, line);
        if (level is WhisperLogLevel.Error or WhisperLogLevel.Warning)
        {
            lock (errors)
            {
                errors.Add(line);
            }
        }
    }

    private SpeechModelStatus Missing(string reason)
    {
        Log.ModelMissing(logger, reason);
        return new SpeechModelStatus(SpeechModelState.Missing, path, reason);
    }

    private SpeechModelStatus Unusable(string reason)
    {
        Log.ModelUnusable(logger, reason);
        return new SpeechModelStatus(SpeechModelState.Unusable, path, reason);
    }

    public void Dispose()
    {
        factory?.Dispose();
        gate.Dispose();
    }
}
