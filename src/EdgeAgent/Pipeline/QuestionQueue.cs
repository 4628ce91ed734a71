using System.Threading.Channels;
using Edge.Agent.Options;
using Edge.Agent.Status;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Pipeline;

/// <summary>A question waiting for the assistant.</summary>
/// <param name="Id">Correlation id (the command's id, or a new one).</param>
/// <param name="Text">The question as asked or transcribed.</param>
/// <param name="Collection">Collection to search; null = all.</param>
/// <param name="Source"><c>mqtt</c> or <c>button</c> (<see cref="ListenSources"/>).</param>
/// <param name="Language">Spoken language, when transcribed.</param>
/// <param name="TranscribeMs">Time spent transcribing (0 for typed questions).</param>
/// <param name="AcceptedAt">Timestamp (TimeProvider) when the question was accepted.</param>
/// <param name="Segments">The transcript's timed pieces, for spoken questions; null for typed ones.</param>
internal sealed record QuestionRequest(
    string Id, string Text, string? Collection, string Source, string? Language, long TranscribeMs, long AcceptedAt,
    IReadOnlyList<Speech.TranscriptSegment>? Segments = null);

/// <summary>
/// The bounded queue in front of the assistant (<c>Agent:QuestionQueueCapacity</c>). Typed questions
/// use <see cref="TryEnqueue"/> and are rejected with "busy" when it is full, never dropped silently;
/// spoken ones wait (the technician is standing there). A queued question already counts as
/// "answering", so the status goes transcribing → answering without a flicker through online.
/// </summary>
internal sealed class QuestionQueue(IOptions<AgentOptions> options, AgentStatus status)
{
    private readonly Channel<QuestionRequest> _channel = Channel.CreateBounded<QuestionRequest>(
        new BoundedChannelOptions(options.Value.QuestionQueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    /// <summary>The consumer side.</summary>
    public ChannelReader<QuestionRequest> Reader => _channel.Reader;

    /// <summary>True after shutdown began.</summary>
    public bool IsClosed { get; private set; }

    /// <summary>Queues without waiting; false when full or closed.</summary>
    public bool TryEnqueue(QuestionRequest request)
    {
        // Counted before writing: the worker may finish (and uncount) it before TryWrite returns.
        status.BeginAnswering();
        if (_channel.Writer.TryWrite(request))
            return true;
        status.EndAnswering();
        return false;
    }

    /// <summary>Queues, waiting for room.</summary>
    public async ValueTask EnqueueAsync(QuestionRequest request, CancellationToken cancellationToken = default)
    {
        status.BeginAnswering();
        try
        {
            await _channel.Writer.WriteAsync(request, cancellationToken);
        }
        catch
        {
            status.EndAnswering();
            throw;
        }
    }

    /// <summary>Accepts no more questions.</summary>
    public void Close()
    {
        IsClosed = true;
        _channel.Writer.TryComplete();
    }
}
