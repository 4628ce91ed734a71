using Edge.Agent.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Adapters;

/// <summary>
/// Reads answers aloud when <c>Speech:SpokenReplies</c> is on. One reply at a time: a new answer cuts off
/// the one being spoken, and a button press or <c>cmd/listen</c> silences it (the technician is about
/// to speak, and the microphone must not hear the loudspeaker).
/// </summary>
internal sealed class SpokenReplyPlayer(Speech.ISpeechSynthesizer synthesizer, IOptions<Speech.SpeechOptions> options, ILogger<SpokenReplyPlayer> logger)
    : ISpokenReplies, IDisposable
{
    private readonly Lock _gate = new();
    private CancellationTokenSource? _current;
    private Task _playing = Task.CompletedTask;
    private bool _disposed;

    /// <summary>The reply being spoken, or the last one; for tests and shutdown.</summary>
    public Task Playing { get { lock (_gate) return _playing; } }

    /// <inheritdoc />
    public void Speak(string id, string text, string language)
    {
        if (!options.Value.SpokenReplies || string.IsNullOrWhiteSpace(text))
            return;
        lock (_gate)
        {
            if (_disposed)
                return;
            _current?.Cancel();
            var next = new CancellationTokenSource();
            _current = next;
            // Waits for the previous reply to be stopped, so two aplay processes never talk at once;
            // runs off the caller's thread (and outside this lock) from the first line.
            var previous = _playing;
            _playing = Task.Run(() => SpeakAfterAsync(previous, id, text, language, next), CancellationToken.None);
        }
    }

    /// <inheritdoc />
    public void Interrupt()
    {
        lock (_gate)
        {
            _current?.Cancel();
            _current = null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _current?.Cancel();
            _current = null;
        }
    }

    private async Task SpeakAfterAsync(Task previous, string id, string text, string language, CancellationTokenSource stop)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            stop.Token.ThrowIfCancellationRequested();
            Log.SpeakingReply(logger, id, text.Length, language);
            await synthesizer.SpeakAsync(text, language, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Log.ReplyInterrupted(logger, id);
        }
        catch (Exception ex)
        {
            // No loudspeaker, no espeak-ng: the answer was published all the same.
            Log.ReplyFailed(logger, id, ex.Message);
        }
        finally
        {
            lock (_gate)
            {
                if (ReferenceEquals(_current, stop))
                    _current = null;
            }
            stop.Dispose();
        }
    }
}
