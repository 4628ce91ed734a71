using Edge.Agent.Options;
using Edge.Agent.Status;
using Edge.Agent.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Adapters;

/// <summary>
/// Loads the Whisper model once when the service starts, in the background, so that a missing or
/// corrupt model is in the status within a moment of start-up rather than at the first question —
/// and the first question does not wait for loading. The agent starts either way.
/// </summary>
internal sealed class SpeechModelWarmup(
    Speech.ISpeechTranscriber speech, ISpeechPrompt prompt, IOptions<AgentOptions> options,
    AgentStatus status, StatusComposer composer, ILogger<SpeechModelWarmup> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();   // start-up of the other services goes on meanwhile
        try
        {
            var model = await speech.LoadModelAsync(stoppingToken);   // never throws for a bad model
            Log.SpeechModelChecked(logger, model.State.ToString().ToLowerInvariant(), model.Reason);
            if (model.IsUsable)
                _ = prompt.For(options.Value.Collection);   // fills the knowledge base's vocabulary cache now
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        composer.Invalidate();
        status.FactsChanged();
    }
}
