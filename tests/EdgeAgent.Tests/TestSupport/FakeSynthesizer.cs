using System.Collections.Concurrent;
using System.Threading.Channels;
using Edge.Speech;

namespace Edge.Agent.Tests.TestSupport;

/// <summary>A loudspeaker that "speaks" until cancelled, recording what it was asked.</summary>
internal sealed class FakeSynthesizer : ISpeechSynthesizer
{
    private readonly Channel<Spoken> _started = Channel.CreateUnbounded<Spoken>();

    public ConcurrentQueue<Spoken> All { get; } = new();

    public async Task SpeakAsync(string text, string language, CancellationToken cancellationToken = default)
    {
        var spoken = new Spoken(text, language);
        All.Enqueue(spoken);
        _started.Writer.TryWrite(spoken);
        // A reply ends only when it is cut off: that is the event the tests wait for.
        using var cut = cancellationToken.Register(() => spoken.Finished.TrySetResult(true));
        await spoken.Finished.Task;
        cancellationToken.ThrowIfCancellationRequested();
    }

    public Task SynthesizeToFileAsync(string text, string language, string path, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task SynthesizeAsync(string text, string language, Stream destination, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public async Task<Spoken> NextAsync(TimeSpan? timeout = null) =>
        await _started.Reader.ReadAsync().AsTask().WaitAsync(timeout ?? TestTimeouts.Hang);

    /// <summary>One reply; <see cref="Finished"/> completes with true when it is cut off.</summary>
    internal sealed record Spoken(string Text, string Language)
    {
        public TaskCompletionSource<bool> Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
