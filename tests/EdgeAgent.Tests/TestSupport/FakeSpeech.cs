using System.Threading.Channels;
using Edge.Agent.Pipeline;

namespace Edge.Agent.Tests.TestSupport;

/// <summary>A microphone that records until stopped (or told the speech ended).</summary>
internal sealed class FakeCapture : IAudioCapture
{
    private readonly Channel<FakeCaptureSession> _started = Channel.CreateUnbounded<FakeCaptureSession>();

    public int Starts { get; private set; }

    public Exception? Fail { get; set; }

    public Task<ICaptureSession> StartAsync(CaptureMode mode, CancellationToken cancellationToken = default)
    {
        if (Fail is { } fail)
            throw fail;
        Starts++;
        var session = new FakeCaptureSession(mode);
        _started.Writer.TryWrite(session);
        return Task.FromResult<ICaptureSession>(session);
    }

    public async Task<FakeCaptureSession> NextSessionAsync(TimeSpan? timeout = null) =>
        await _started.Reader.ReadAsync().AsTask().WaitAsync(timeout ?? TestTimeouts.Hang);
}

internal sealed class FakeCaptureSession(CaptureMode mode) : ICaptureSession
{
    private readonly TaskCompletionSource<Utterance> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _stopCalls;

    public CaptureMode Mode { get; } = mode;

    public bool Stopped => StopCalls > 0;

    public int StopCalls => Volatile.Read(ref _stopCalls);

    public bool Disposed { get; private set; }

    public Task<Utterance> Completion => _done.Task;

    public void Stop()
    {
        Interlocked.Increment(ref _stopCalls);
        _done.TrySetResult(new Utterance(new float[8000]));
    }

    /// <summary>Voice activity detection noticed the end of speech.</summary>
    public void EndOfSpeech() => _done.TrySetResult(new Utterance(new float[16000]));

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }
}

/// <summary>Returns a fixed transcript (or nothing, or throws).</summary>
internal sealed class FakeTranscriber : IUtteranceTranscriber
{
    public Transcription Result { get; set; } = new("What does alarm 2041 mean?", "en", [new TranscriptSegment(TimeSpan.Zero, TimeSpan.FromSeconds(1), "What does alarm 2041 mean?")]);

    public Exception? Fail { get; set; }

    public int Calls { get; private set; }

    public Task<Transcription> TranscribeAsync(Utterance utterance, CancellationToken cancellationToken = default)
    {
        Calls++;
        return Fail is { } fail ? Task.FromException<Transcription>(fail) : Task.FromResult(Result);
    }
}
