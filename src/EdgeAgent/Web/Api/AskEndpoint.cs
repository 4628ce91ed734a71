using System.Text.Json;
using Edge.Agent.Cli;
using Edge.Agent.Events;
using Edge.Agent.Pipeline;
using Edge.Agent.Web.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Web.Api;

/// <summary>
/// <c>POST /api/ask</c> <c>{"text", "collection"?}</c>: the question goes through the agent's own
/// pipeline like <c>cmd/ask</c> (so it appears on the live feed and on MQTT), and the reply is the
/// <c>ask --json</c> object built from the answer event.
/// </summary>
internal static class AskEndpoint
{
    /// <summary>Longest question accepted, in characters.</summary>
    public const int MaxQuestionLength = 2000;

    /// <summary>The request body.</summary>
    /// <param name="Text">The question.</param>
    /// <param name="Collection">Collection to search; null for the configured one (all).</param>
    public sealed record AskRequest(string? Text, string? Collection);

    public static void MapAskEndpoint(this IEndpointRouteBuilder api) => api.MapPost("/ask", AskAsync);

    private static async Task<IResult> AskAsync(
        AskRequest? request, QuestionQueue queue, AnswerWaiters waiters, IOptions<WebOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var text = request?.Text?.Trim();
        if (string.IsNullOrEmpty(text))
            return ApiErrors.BadRequest(ErrorCodes.InvalidQuestion, "give the question as {\"text\": \"…\"}");
        if (text.Length > MaxQuestionLength)
            return ApiErrors.BadRequest(ErrorCodes.InvalidQuestion, $"the question is longer than {MaxQuestionLength} characters");
        var collection = string.IsNullOrWhiteSpace(request!.Collection) ? null : request.Collection.Trim();

        var id = EventFactory.NewId();
        var answered = waiters.Expect(id);
        try
        {
            if (!queue.TryEnqueue(new QuestionRequest(id, text, collection, ListenSources.Web, null, 0, time.GetTimestamp())))
            {
                return queue.IsClosed
                    ? ApiErrors.Unavailable(ErrorCodes.ShuttingDown, "the agent is shutting down")
                    : ApiErrors.Unavailable(ErrorCodes.Busy, "the question queue is full; try again shortly");
            }
            var item = await answered.WaitAsync(TimeSpan.FromSeconds(options.Value.AskTimeoutSeconds), time, cancellationToken);
            return item.Kind == Topics.AnswerEvents ? Results.Json(ToAnswerJson(item.Payload), WebJson.Options) : ToError(item.Payload);
        }
        catch (TimeoutException)
        {
            return ApiErrors.Timeout($"no answer within {options.Value.AskTimeoutSeconds} s (Web:AskTimeoutSeconds); it will still appear on the live feed");
        }
        finally
        {
            waiters.Forget(id);
        }
    }

    /// <summary>The <c>ask --json</c> object from an <c>events/answer</c> payload (same field names; extra ones are dropped).</summary>
    internal static AnswerJson ToAnswerJson(byte[] payload)
    {
        var answer = JsonSerializer.Deserialize<AnswerJson>(payload, WebJson.Options)
            ?? throw new JsonException("empty answer event");
        return answer with { Related = answer.Related is { Count: > 0 } ? answer.Related : null };
    }

    private static IResult ToError(byte[] payload)
    {
        using var json = JsonDocument.Parse(payload);
        var code = json.RootElement.GetProperty("code").GetString() ?? ErrorCodes.AnswerFailed;
        var message = json.RootElement.GetProperty("message").GetString() ?? code;
        var status = code switch
        {
            ErrorCodes.InvalidQuestion => StatusCodes.Status400BadRequest,
            ErrorCodes.Busy or ErrorCodes.ShuttingDown => StatusCodes.Status503ServiceUnavailable,
            ErrorCodes.Timeout => StatusCodes.Status504GatewayTimeout,
            _ => StatusCodes.Status500InternalServerError,
        };
        return ApiErrors.Reply(status, code, message);
    }
}
