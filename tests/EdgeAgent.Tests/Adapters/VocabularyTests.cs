using Edge.Agent.Pipeline;
using Edge.Agent.Tests.TestSupport;
using Edge.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Tests.Adapters;

/// <summary>The plant's words for Whisper's prompt, from the real knowledge base with sample manuals.</summary>
public sealed class VocabularyTests(SampleKnowledge samples) : IClassFixture<SampleKnowledge>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Vocabulary_HasTitlesFirst_ThenCodesAsTheManualsWriteThem()
    {
        var words = samples.Knowledge.GetVocabulary();
        var titles = samples.Knowledge.ListDocuments().Select(d => d.Title).ToList();

        Assert.Contains(words[0], titles);
        Assert.Contains("E-2041", words);
        Assert.Contains("VMC-850", words);
        Assert.Contains("FS-40", words);
        Assert.Equal(words.Count, words.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.DoesNotContain(words, w => w.All(char.IsDigit));
    }

    [Fact]
    public void Vocabulary_OfOneCollection_HasOnlyItsWords()
    {
        var vmc = samples.Knowledge.GetVocabulary("vmc");

        Assert.Contains("E-2041", vmc);
        Assert.DoesNotContain("FS-40", vmc);   // the packaging line's sensor, not the machining centre's
        Assert.Empty(samples.Knowledge.GetVocabulary("no-such-machine"));
    }

    [Fact]
    public void Vocabulary_IsCappedAndCachedPerKnowledgeVersion()
    {
        Assert.Equal(3, samples.Knowledge.GetVocabulary(max: 3).Count);
        Assert.Same(samples.Knowledge.GetVocabulary("vmc", 200), samples.Knowledge.GetVocabulary("vmc", 200));
        Assert.Throws<ArgumentOutOfRangeException>(() => samples.Knowledge.GetVocabulary(max: 0));
    }

    [Fact]
    public void SpeechPrompt_HoldsThePlantsWords_OfTheAgentsCollection()
    {
        var prompt = samples.Services.GetRequiredService<ISpeechPrompt>();

        var vmc = prompt.For("vmc");

        Assert.Contains("E-2041", vmc.Terms);
        Assert.Contains("E-2041", vmc.Prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("FS-40", vmc.Terms);
        Assert.Contains("FS-40", prompt.For(null).Terms);
    }

    [Fact]
    public void Vocabulary_FollowsNewManuals()
    {
        using var data = new TempDirectory();
        using var services = SpeechStack.Build(data.Path);
        var knowledge = services.GetRequiredService<IKnowledgeBase>();
        File.WriteAllText(data.File("press.md"), "# Press P7\n\nAlarm XK-77: the guard door is open. Close it and press reset.\n");
        knowledge.Ingest([data.File("press.md")], "p7", cancellationToken: Token);
        Assert.Contains("XK-77", knowledge.GetVocabulary());

        File.WriteAllText(data.File("press-2.md"), "# Press P7 hydraulics\n\nAlarm ZQ-991: oil level low. Top up with HLP 46.\n");
        knowledge.Ingest([data.File("press-2.md")], "p7", cancellationToken: Token);

        Assert.Contains("ZQ-991", knowledge.GetVocabulary());
        Assert.Contains("XK-77", knowledge.GetVocabulary("p7"));
    }
}
