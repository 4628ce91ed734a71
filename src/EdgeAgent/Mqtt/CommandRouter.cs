using Edge.Agent.Events;
using Edge.Agent.Options;
using Edge.Agent.Outbox;
using Edge.Agent.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Mqtt;

/// <summary>
/// The MQTT trigger stage: routes <c>cmd/ask</c> to the question queue, <c>cmd/listen</c> to the
/// microphone, context topics to <see cref="MachineContext"/>; everything malformed, oversized or
/// unknown is answered on <c>events/error</c>. It only parses and queues, so a flood cannot stall it.
/// </summary>
internal sealed class CommandRouter(
    MqttConnection connection, SubscriptionPlan plan, MachineContext context, QuestionQueue questions, ListenRequests listen,
    EventOutbox outbox, EventFactory events, IOptions<MqttOptions> options, TimeProvider time, ILogger<CommandRouter> logger) : BackgroundService
{
    private readonly int _maxBytes = options.Value.MaxCommandBytes;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in connection.Incoming.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await RouteAsync(message, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.CommandFailed(logger, message.Topic, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RouteAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (!message.Topic.StartsWith(plan.CommandPrefix, StringComparison.Ordinal))
        {
            if (context.Follows(message.Topic) && message.Length <= _maxBytes)
                context.Update(message.Topic, message.Payload);
            return;
        }
        var command = message.Topic[plan.CommandPrefix.Length..];
        Log.CommandReceived(logger, command, message.Length);
        CommandError? error;
        if (message.Length > _maxBytes)
            error = new CommandError(ErrorCodes.PayloadTooLarge, $"command of {message.Length} bytes refused; the limit is {_maxBytes} (Mqtt:MaxCommandBytes)", null);
        else if (command == "ask")
            error = Ask(message.Payload);
        else if (command == "listen")
            error = Listen(message.Payload);
        else
            error = new CommandError(ErrorCodes.UnknownCommand, $"unknown command '{Truncate(command)}'; known: ask, listen", null);
        if (error is not null)
            await outbox.EnqueueAsync(events.Error(Stages.Command, error.Code, error.Message, error.Id), cancellationToken);
    }

    private CommandError? Ask(byte[] payload)
    {
        if (CommandParser.ParseAsk(payload, out var error) is not { } ask)
            return error;
        var request = new QuestionRequest(ask.Id ?? EventFactory.NewId(), ask.Text, ask.Collection, ListenSources.Mqtt, null, 0, time.GetTimestamp());
        if (questions.TryEnqueue(request))
            return null;
        return questions.IsClosed
            ? new CommandError(ErrorCodes.ShuttingDown, "the agent is shutting down", ask.Id)
            : new CommandError(ErrorCodes.Busy, "the question queue is full; try again shortly", ask.Id);
    }

    private CommandError? Listen(byte[] payload)
    {
        if (!CommandParser.TryParseListen(payload, out var id, out var error))
            return error;
        return listen.TryRequest(new ListenRequest(ListenAction.Press, ListenSources.Mqtt, id))
            ? null
            : new CommandError(ErrorCodes.Busy, "too many listen requests waiting", id);
    }

    private static string Truncate(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
