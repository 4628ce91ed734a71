using System.Threading.Channels;
using Edge.Speech;

namespace Edge.Agent.Tests.TestSupport;

/// <summary>A microphone that records until stopped (or told the speech ended): the speech library's recorder, faked.</summary>
internal sealed class FakeCapture : IRecorder
{
    private readonly Channel<FakeCaptureSession> _started = Channel.CreateUnbounded<FakeCaptureSession>();
    private int _starts;

    public int Starts => Volatile.Read(ref _starts);

    public Exception? Fail { get; set; }

    public IRecordingSession Start(CaptureMode? mode = null, CancellationToken cancellationToken = default)
    {
        if (Fail is { } fail)
            throw fail;
        Interlocked.Increment(ref _starts);
        var session = new FakeCaptureSession(mode ?? CaptureMode.PushToTalk);
        _started.Writer.TryWrite(session);
        return session;
    }

    public async Task<FakeCaptureSession> NextSessionAsync(TimeSpan? timeout = null) =>
        await _started.Reader.ReadAsync().AsTask().WaitAsync(timeout ?? TestTimeouts.Hang);
}

internal sealed class FakeCaptureSession(CaptureMode mode) : IRecordingSession
{
    private readonly TaskCompletionSource<Recording> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _stopCalls;

    public CaptureMode Mode { get; } = mode;

    public bool Stopped => StopCalls > 0;

    public int StopCalls => Volatile.Read(ref _stopCalls);

    public bool Disposed { get; private set; }

    public Task<Recording> Completion => _done.Task;

    public void Stop()
    {
        Interlocked.Increment(ref _stopCalls);
        _done.TrySetResult(new Recording(new AudioClip(new float[8000]), RecordingEndReason.Released));
    }

    /// <summary>Voice activity detection noticed the end of speech.</summary>
    public void EndOfSpeech() => _done.TrySetResult(new Recording(new AudioClip(new float[16000]), RecordingEndReason.EndOfSpeech));

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }
}

/// <summary>Whisper, faked: a fixed transcript (or no speech, or a failure), remembering the prompt it was given.</summary>
internal sealed class FakeTranscriber : ISpeechTranscriber
{
    private int _calls;

    public static Transcript Said(string text) =>
        new(text, "en", [new TranscriptSegment(TimeSpan.Zero, TimeSpan.FromSeconds(1), text, "en", 0.9, 0.01, -0.1)],
            TimeSpan.FromSeconds(1), 12, NoSpeechReason.None);

    public static Transcript Silence { get; } = new("", null, [], TimeSpan.FromSeconds(1), 3, NoSpeechReason.NoVoiceActivity, "no voice activity");

    public Transcript Result { get; set; } = Said("What does alarm 2041 mean?");

    public Exception? Fail { get; set; }

    public int Calls => Volatile.Read(ref _calls);

    public SpeechRequest? LastRequest { get; private set; }

    public SpeechModelStatus ModelStatus { get; } = new(SpeechModelState.Present, "fake.bin", "fake");

    public Task<SpeechModelStatus> LoadModelAsync(CancellationToken cancellationToken = default) => Task.FromResult(ModelStatus);

    public Task<Transcript> TranscribeAsync(AudioClip clip, SpeechRequest? request = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        LastRequest = request;
        return Fail is { } fail ? Task.FromException<Transcript>(fail) : Task.FromResult(Result);
    }
}
