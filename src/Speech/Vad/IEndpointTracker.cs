namespace Edge.Speech.Vad;

/// <summary>Where a live recording stands, as far as voice activity can tell.</summary>
internal enum EndpointState
{
    Waiting,
    Speaking,
    Ended,
}

/// <summary>Follows a live recording chunk by chunk: has the speaker started, and have they stopped?</summary>
internal interface IEndpointTracker : IDisposable
{
    EndpointState State { get; }

    /// <summary>Adds the next samples (any chunk size) and reports the state after them.</summary>
    EndpointState Push(ReadOnlySpan<float> samples);
}
