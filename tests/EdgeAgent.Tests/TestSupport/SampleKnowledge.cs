using Edge.Knowledge;
using Edge.Speech;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Tests.TestSupport;

/// <summary>
/// Two sample manuals ingested once for a test class, each in its own collection: the Line 3 shop
/// notes for the VMC-850 (<c>vmc</c>) and the PL-400 packaging line manual (<c>pl400</c>).
/// Whisper is a recording fake here, so tests can see the prompt it was given.
/// </summary>
public sealed class SampleKnowledge : IDisposable
{
    private readonly TempDirectory _data = new();

    public SampleKnowledge()
    {
        Services = SpeechStack.Build(_data.Path, extra: s => s.AddSingleton<ISpeechTranscriber>(Whisper));
        var knowledge = Services.GetRequiredService<IKnowledgeBase>();
        Assert.False(knowledge.Ingest([SpeechStack.SampleManual("shop-notes.txt")], "vmc").HasFailures);
        Assert.False(knowledge.Ingest([SpeechStack.SampleManual("pl-400-packaging-line.md")], "pl400").HasFailures);
    }

    internal ServiceProvider Services { get; }

    internal RecordingWhisper Whisper { get; } = new();

    internal IKnowledgeBase Knowledge => Services.GetRequiredService<IKnowledgeBase>();

    public void Dispose()
    {
        Services.Dispose();
        _data.Dispose();
    }
}

/// <summary>A Whisper stand-in that remembers each request and answers with a fixed transcript.</summary>
internal sealed class RecordingWhisper : ISpeechTranscriber
{
    public SpeechRequest? LastRequest { get; private set; }

    public SpeechModelStatus ModelStatus { get; } = new(SpeechModelState.Present, "fake.bin", "fake");

    public Task<SpeechModelStatus> LoadModelAsync(CancellationToken cancellationToken = default) => Task.FromResult(ModelStatus);

    public Task<Transcript> TranscribeAsync(AudioClip clip, SpeechRequest? request = null, CancellationToken cancellationToken = default)
    {
        LastRequest = request;
        return Task.FromResult(new Transcript("Spindle alarm E-2041", "en",
            [new TranscriptSegment(TimeSpan.Zero, TimeSpan.FromSeconds(1), "Spindle alarm E-2041", "en", 0.9, 0.01, -0.1)],
            clip.Duration, 12, NoSpeechReason.None));
    }
}
