using Edge.Speech.Vad;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Speech.Capture;

/// <summary>Starts <see cref="RecordingSession"/>s on the configured capture source.</summary>
internal sealed class Recorder(
    IAudioCaptureSource source, ConfiguredVoiceDetector detector, IOptions<SpeechOptions> options, TimeProvider time, ILogger<Recorder> logger)
    : IRecorder
{
    public IRecordingSession Start(CaptureMode? mode = null, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var chosen = mode ?? o.CaptureMode;
        Log.RecordingStarted(logger, chosen, source.Name);
        var limits = new RecordingLimits(
            TimeSpan.FromSeconds(o.MaxQuestionSeconds), TimeSpan.FromSeconds(o.NoSpeechTimeoutSeconds), detector.CreateTracker);
        return new RecordingSession(source, chosen, limits, time, logger, cancellationToken);
    }
}

/// <summary>The bounds of one recording.</summary>
/// <param name="MaxLength">Longest question; enforced on the audio and on the clock.</param>
/// <param name="NoSpeechTimeout">Voice-activity mode gives up after this much audio without speech.</param>
/// <param name="CreateTracker">Makes the live end-of-speech tracker of the configured detector (voice-activity mode).</param>
internal sealed record RecordingLimits(TimeSpan MaxLength, TimeSpan NoSpeechTimeout, Func<IEndpointTracker> CreateTracker);
