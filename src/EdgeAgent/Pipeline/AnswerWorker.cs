using Edge.Agent.Events;
using Edge.Agent.Options;
using Edge.Agent.Outbox;
using Edge.Agent.Status;
using Edge.Knowledge.Answering;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Pipeline;

/// <summary>
/// The answer stage: one question at a time (the assistant uses the CPU fully), published as
/// <c>events/question</c>, <c>events/answer/partial</c>…, <c>events/answer</c> — or <c>events/error</c>.
/// On shutdown the current question gets <c>Agent:ShutdownGraceSeconds</c> to finish, then it is
/// cancelled; questions still queued are answered with <c>shutting_down</c>.
/// </summary>
internal sealed partial class AnswerWorker(
    QuestionQueue queue, IKnowledgeAssistant assistant, MachineContext context, EventOutbox outbox, EventFactory events,
    ISpokenReplies replies, AgentStatus status, IOptions<AgentOptions> options, TimeProvider time, ILogger<AnswerWorker> logger) : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();
    private volatile bool _stopping;

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        queue.Close();
        if (ExecuteTask is { } running)
        {
            var grace = TimeSpan.FromSeconds(options.Value.ShutdownGraceSeconds);
            await Task.WhenAny(running, Task.Delay(grace, time, cancellationToken));
        }
        await _abort.CancelAsync();
        await base.StopAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Reads until the queue is closed in StopAsync (not until stoppingToken), so that every
        // queued question gets an answer or an error.
        await foreach (var question in queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                if (_stopping)
                    await RejectAsync(question, ErrorCodes.ShuttingDown, "the agent is shutting down");
                else
                    await AnswerAsync(question, _abort.Token);
            }
            catch (Exception ex)
            {
                Log.QuestionFailed(logger, question.Id, ex);
            }
            finally
            {
                // Counted as answering since it was queued (QuestionQueue).
                status.EndAnswering();
            }
        }
    }

    private Task RejectAsync(QuestionRequest question, string code, string message) =>
        outbox.EnqueueAsync(events.Error(Stages.Answer, code, message, question.Id));
}
