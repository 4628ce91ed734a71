using Edge.Knowledge.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Generation;

/// <summary>
/// Grounded generation on the shared model: prompt, generate, check citations. One generation runs
/// at a time, because on a 4-core board two at once only make both answers late.
/// </summary>
internal sealed partial class GroundedGenerator : IGroundedGenerator, IDisposable
{
    private readonly LanguageModelHost host;
    private readonly LanguageModelOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private readonly bool ownsHost;

    public GroundedGenerator(LanguageModelHost host, IOptions<LanguageModelOptions> options, TimeProvider time, ILogger<GroundedGenerator> logger)
        : this(host, options.Value, time, logger, ownsHost: false)
    {
    }

    private GroundedGenerator(LanguageModelHost host, LanguageModelOptions options, TimeProvider time, ILogger logger, bool ownsHost)
    {
        this.host = host;
        this.options = options;
        this.time = time;
        this.logger = logger;
        this.ownsHost = ownsHost;
    }

    public LanguageModelStatus Status => host.Status;

    /// <summary>A generator that owns its model; for the CLI, tests and benchmarks. DI uses the constructor.</summary>
    public static GroundedGenerator Create(LanguageModelOptions options, TimeProvider? time = null, ILoggerFactory? loggers = null)
    {
        loggers ??= NullLoggerFactory.Instance;
        var host = new LanguageModelHost(options, loggers.CreateLogger<LanguageModelHost>());
        return new GroundedGenerator(host, options, time ?? TimeProvider.System, loggers.CreateLogger<GroundedGenerator>(), ownsHost: true);
    }

    /// <summary>Loads the model now instead of at the first question; returns the resulting status.</summary>
    public LanguageModelStatus Warm()
    {
        host.TryLoad();
        return host.Status;
    }

    public async Task<GroundedGeneration> GenerateAsync(
        string question,
        string language,
        IReadOnlyList<SearchHit> passages,
        IProgress<string>? partialAnswer,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        ArgumentNullException.ThrowIfNull(passages);
        if (passages.Count == 0)
        {
            throw new ArgumentException("No passages: a question that retrieval cannot answer is declined without the model.", nameof(passages));
        }

        var deadline = Deadline.Start(time, TimeSpan.FromSeconds(options.TimeLimitSeconds));
        if (!host.Status.IsUsable) throw NotUsable();
        try
        {
            await oneAtATime.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new GroundedGeneration("", [], CitationOutcome.Empty, GenerationStopReason.Cancelled, 0, 0, null, deadline.ElapsedMs);
        }

        try
        {
            var request = new Request(question, GroundedInstructions.Normalize(language), passages, partialAnswer);
            // Off the caller's thread: the first request may load the model, and every token blocks.
            return await Task.Run(
                () => Generate(host.TryLoad() ?? throw NotUsable(), request, deadline, cancellationToken), CancellationToken.None);
        }
        catch (Exception e) when (e is not ArgumentException)
        {
            GenerationLog.GenerationFailed(logger, e, deadline.ElapsedMs);
            throw;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    public void Dispose()
    {
        oneAtATime.Dispose();
        if (ownsHost) host.Dispose();
    }

    private InvalidOperationException NotUsable() => new($"The language model is not usable: {host.Status.Reason}");

    private sealed record Request(string Question, string Language, IReadOnlyList<SearchHit> Passages, IProgress<string>? Partial);
}
