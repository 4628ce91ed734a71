using Edge.Knowledge.Answering;
using Edge.Knowledge.Tests.KnowledgeBase;
using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.Answers;

/// <summary>A German question about an English manual, through the dictionary file the configuration names.</summary>
[Collection(KnowledgeBaseCollection.Name)]
public sealed class DictionaryAnswerTests(MiniLmEmbedder embedder) : IDisposable
{
    private const string Manual = """
        # Milling machine M-3 service manual

        ## 5 Chip removal

        Blow chips off the table with compressed air at no more than 2 bar after each shift.

        ## 6 Guarding

        The protecting door interlock stops the spindle when the door opens. Check the interlock weekly.

        ## 7 Way covers

        Inspect the gaiters and the wipers of the guideways every 200 hours; replace a torn gaiter at once.
        """;

    // Ding-format lines (Debian trans-de-en) for the words the question uses; written by the test.
    private const string DictionaryLines = """
        Faltenbalg {m} | Faltenbälge {pl} :: boot; gaiter | boots; gaiters
        Abstreifer {m}; Wischer {m} [techn.] | Abstreifer {pl}; Wischer {pl} :: wiper | wipers
        """;

    private readonly TempDirectory files = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GermanQuestion_EnglishManual_IsAnsweredThroughTheDictionary()
    {
        var dictionary = files.File("de-en");
        File.WriteAllText(dictionary, DictionaryLines);
        using var services = KnowledgeServices.Create(embedder, new Dictionary<string, string?> { ["DictionaryFile"] = dictionary });
        var manual = files.File("m3.md");
        File.WriteAllText(manual, Manual);
        services.Knowledge.Ingest([manual], cancellationToken: Ct);

        var answer = await services.Assistant.AskAsync(new Question("Wie oft muss ich Faltenbalg und Abstreifer kontrollieren?"), cancellationToken: Ct);

        Assert.True(answer.Grounded, answer.Text);
        Assert.Equal("7 Way covers", answer.Citations[0].Section);
        Assert.Contains("200 hours", answer.Text, StringComparison.Ordinal);
        Assert.True(services.Knowledge.GetStatus().Dictionary!.Present);
    }

    [Fact]
    public async Task DictionaryFileMissing_StatusSaysSo_AndQuestionsStillWork()
    {
        using var services = KnowledgeServices.Create(embedder, new Dictionary<string, string?> { ["DictionaryFile"] = files.File("missing") });
        var manual = files.File("m3.md");
        File.WriteAllText(manual, Manual);
        services.Knowledge.Ingest([manual], cancellationToken: Ct);

        var answer = await services.Assistant.AskAsync(new Question("How much compressed air may I use on the chips?"), cancellationToken: Ct);

        Assert.True(answer.Grounded, answer.Text);
        var status = services.Knowledge.GetStatus().Dictionary!;
        Assert.False(status.Present);
        Assert.Contains("trans-de-en", status.Reason, StringComparison.Ordinal);
    }

    public void Dispose() => files.Dispose();
}
