using Edge.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Tests.TestSupport;

/// <summary>
/// Two sample manuals ingested once for a test class, each in its own collection: the Line 3 shop
/// notes for the VMC-850 (<c>vmc</c>) and the PL-400 packaging line manual (<c>pl400</c>).
/// </summary>
public sealed class SampleKnowledge : IDisposable
{
    private readonly TempDirectory _data = new();

    public SampleKnowledge()
    {
        Services = SpeechStack.Build(_data.Path);
        var knowledge = Services.GetRequiredService<IKnowledgeBase>();
        Assert.False(knowledge.Ingest([SpeechStack.SampleManual("shop-notes.txt")], "vmc").HasFailures);
        Assert.False(knowledge.Ingest([SpeechStack.SampleManual("pl-400-packaging-line.md")], "pl400").HasFailures);
    }

    internal ServiceProvider Services { get; }

    internal IKnowledgeBase Knowledge => Services.GetRequiredService<IKnowledgeBase>();

    public void Dispose()
    {
        Services.Dispose();
        _data.Dispose();
    }
}
