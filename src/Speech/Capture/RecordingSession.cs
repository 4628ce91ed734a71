using Edge.Speech.Audio;
using Edge.Speech.Vad;
using Microsoft.Extensions.Logging;

namespace Edge.Speech.Capture;

/// <summary>
/// Pulls chunks from the capture source until the button is released, speech ends, nobody speaks,
/// or the maximum length passes — counted in samples and, in case the device stalls, on the clock
/// (an injected <see cref="TimeProvider"/>). Ending the capture enumeration kills arecord.
/// </summary>
internal sealed class RecordingSession : IRecordingSession
{
    private readonly CancellationTokenSource released = new();
    private readonly CancellationTokenSource aborted;
    private readonly CancellationTokenSource timeUp;

    public RecordingSession(
        IAudioCaptureSource source, CaptureMode mode, RecordingLimits limits, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        Mode = mode;
        aborted = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeUp = new CancellationTokenSource(limits.MaxLength, time);
        Completion = Task.Run(() => RunAsync(source, limits, logger), CancellationToken.None);
    }

    public CaptureMode Mode { get; }

    public Task<Recording> Completion { get; }

    public void Stop()
    {
        try
        {
            released.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already over: a release after the end changes nothing.
        }
    }

    private async Task<Recording> RunAsync(IAudioCaptureSource source, RecordingLimits limits, ILogger logger)
    {
        var maxSamples = (int)(limits.MaxLength.TotalSeconds * AudioClip.SampleRate);
        var quietLimit = (int)(limits.NoSpeechTimeout.TotalSeconds * AudioClip.SampleRate);
        var buffer = new SampleBuffer(maxSamples);
        using var tracker = Mode == CaptureMode.VoiceActivity ? limits.CreateTracker() : null;
        var reason = RecordingEndReason.SourceEnded;
        using var capture = CancellationTokenSource.CreateLinkedTokenSource(released.Token, timeUp.Token, aborted.Token);
        try
        {
            await foreach (var chunk in source.CaptureAsync(capture.Token).WithCancellation(capture.Token))
            {
                var take = Math.Min(chunk.Length, maxSamples - buffer.Count);
                buffer.TryAppend(chunk.AsSpan(0, take));
                if (buffer.Count >= maxSamples)
                {
                    reason = RecordingEndReason.MaxLength;
                    break;
                }

                var state = tracker?.Push(chunk);
                if (state == EndpointState.Ended)
                {
                    reason = RecordingEndReason.EndOfSpeech;
                    break;
                }

                if (state == EndpointState.Waiting && buffer.Count >= quietLimit)
                {
                    reason = RecordingEndReason.NoSpeech;
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            reason = released.IsCancellationRequested ? RecordingEndReason.Released : RecordingEndReason.MaxLength;
        }

        var clip = new AudioClip(buffer.ToArray(), new AudioSourceInfo("PCM 16-bit", AudioClip.SampleRate, 1, source.Name));
        Log.RecordingEnded(logger, reason, (long)clip.Duration.TotalMilliseconds);
        return new Recording(clip, reason);
    }

    public async ValueTask DisposeAsync()
    {
        await aborted.CancelAsync();
        try
        {
            await Completion;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SpeechUnavailableException)
        {
            // The caller saw (or chose not to see) the device failure through Completion.
        }

        released.Dispose();
        aborted.Dispose();
        timeUp.Dispose();
    }
}
