using Edge.Agent.Events;
using Edge.Knowledge;
using Edge.Knowledge.Answering;

namespace Edge.Agent.Pipeline;

internal sealed partial class AnswerWorker
{
    private async Task AnswerAsync(QuestionRequest request, CancellationToken abort)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.AnswerTimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(abort, timeout.Token);
        try
        {
            var (text, added) = context.Enrich(request.Text);
            var (id, deviceId, ts) = events.Stamp(request.Id);
            await outbox.EnqueueAsync(new QuestionEvent
            {
                Id = id, DeviceId = deviceId, Ts = ts, Text = request.Text, Source = request.Source,
                Collection = request.Collection, Language = request.Language, Context = added,
                TranscribeMs = request.Segments is null ? null : request.TranscribeMs,
                Segments = request.Segments?.Select(QuestionSegment.From).ToList(),
            }, CancellationToken.None);
            var partial = new PartialAnswerProgress(request.Id, outbox, events, TimeSpan.FromMilliseconds(options.Value.PartialAnswerIntervalMs), time);
            var answer = await assistant.AskAsync(new Question(text, request.Collection, request.Language), partial, linked.Token);
            await outbox.EnqueueAsync(ToEvent(request, answer), CancellationToken.None);
            replies.Speak(request.Id, answer.Text, answer.Language);
            Log.Answered(logger, request.Id, request.Source, answer.Citations.Count, time.GetElapsedTime(request.AcceptedAt).TotalMilliseconds);
        }
        catch (InvalidQuestionException ex)
        {
            await RejectAsync(request, ErrorCodes.InvalidQuestion, ex.Message);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var message = $"no answer within {options.Value.AnswerTimeoutSeconds} s (Agent:AnswerTimeoutSeconds)";
            status.Fail(Stages.Answer, ErrorCodes.Timeout, message);
            await RejectAsync(request, ErrorCodes.Timeout, message);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            await RejectAsync(request, ErrorCodes.ShuttingDown, "the agent shut down before the answer was ready");
        }
        catch (Exception ex)
        {
            Log.QuestionFailed(logger, request.Id, ex);
            status.Fail(Stages.Answer, ErrorCodes.AnswerFailed, ex.Message);
            await RejectAsync(request, ErrorCodes.AnswerFailed, ex.Message);
        }
    }

    private AnswerEvent ToEvent(QuestionRequest request, Answer answer)
    {
        var (id, deviceId, ts) = events.Stamp(request.Id);
        var timings = new EventTimings(request.TranscribeMs, answer.Timings.RetrieveMs, answer.Timings.AnswerMs,
            (long)time.GetElapsedTime(request.AcceptedAt).TotalMilliseconds + request.TranscribeMs);
        return new AnswerEvent
        {
            Id = id, DeviceId = deviceId, Ts = ts, Question = request.Text, Answer = answer.Text, Language = answer.Language,
            Grounded = answer.Grounded, Mode = answer.Mode, FallbackReason = answer.FallbackReason,
            Citations = answer.Citations, Related = answer.Related, Timings = timings, Source = request.Source,
        };
    }
}
