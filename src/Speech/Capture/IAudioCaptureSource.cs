namespace Edge.Speech;

/// <summary>A live audio source (the microphone, or a played-back clip in tests and demos).</summary>
public interface IAudioCaptureSource
{
    /// <summary>A name for logs, e.g. "arecord default".</summary>
    string Name { get; }

    /// <summary>Streams 16 kHz mono chunks (each a new array) until cancelled or the source ends; cancellation stops the device.</summary>
    IAsyncEnumerable<float[]> CaptureAsync(CancellationToken cancellationToken = default);
}
