using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.ML.OnnxRuntimeGenAI;

namespace Edge.Knowledge.Generation;

/// <summary>
/// Owns the process's one language model: validates the folder at construction (start-up), loads it
/// lazily and thread-safely on first use, and turns a load failure into an Unusable status.
/// </summary>
internal sealed class LanguageModelHost : IDisposable
{
    private readonly Lock gate = new();
    private readonly ModelFolderFacts? facts;
    private readonly int? threads;
    private readonly ILogger logger;
    private volatile LanguageModelStatus status;
    private volatile LoadedLanguageModel? loaded;
    private bool disposed;

    public LanguageModelHost(LanguageModelOptions options, ILogger<LanguageModelHost>? logger = null)
    {
        this.logger = logger ?? NullLogger<LanguageModelHost>.Instance;
        threads = options.Threads;
        (status, facts) = ModelFolderValidator.Validate(options.ModelPath);
        GenerationLog.ModelStatus(this.logger, status.State, status.Path ?? "-", status.Reason ?? "ok");
    }

    public LanguageModelStatus Status => status;

    /// <summary>The loaded model, loading it on the first call; null when the model is not usable.</summary>
    public LoadedLanguageModel? TryLoad()
    {
        if (loaded is { } model) return model;
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (loaded is not null || !status.IsUsable || facts is null) return loaded;

            var started = Environment.TickCount64;
            try
            {
                loaded = LoadedLanguageModel.Load(status.Path!, facts, threads);
                GenerationLog.ModelLoaded(logger, status.Path!, Environment.TickCount64 - started);
            }
            catch (Exception e) when (e is OnnxRuntimeGenAIException or DllNotFoundException or EntryPointNotFoundException
                or BadImageFormatException or TypeInitializationException)
            {
                // A native library that does not load (old glibc, wrong board) is as fatal as a bad model.
                var what = e is OnnxRuntimeGenAIException ? "the runtime rejected the model" : "the native runtime is not available";
                var reason = $"{what}: {e.Message.Split('\n')[0].Trim()}";
                status = LanguageModelStatus.Unusable(status.Path!, reason);
                GenerationLog.ModelStatus(logger, status.State, status.Path!, reason);
            }

            return loaded;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            loaded?.Dispose();
            loaded = null;
        }
    }
}
