using Edge.Knowledge.Answering;
using Edge.Knowledge.Tests.Search;
using Edge.Knowledge.Tests.TestSupport;

// Not ".Answering": that namespace would hide Edge.Knowledge.Answering from the Generation tests, which name it relatively.
namespace Edge.Knowledge.Tests.Answers;

/// <summary>When the manuals do not answer, the assistant says so, in the question's language, citing nothing.</summary>
[Collection(SampleKnowledgeCollection.Name)]
public sealed class DeclineTests(SampleKnowledge sample)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("m029", "en")] // spindle touch probe
    [InlineData("m030", "en")] // PL-400 noise level
    [InlineData("m040", "de")] // Anzugsmoment der Lichtvorhang-Halter
    public async Task Ask_UnanswerableSampleQuestion_DeclinesInItsLanguageWithoutCitations(string id, string language)
    {
        var question = sample.Question(id);
        Assert.True(question.Unanswerable);

        var answer = await sample.Services.Assistant.AskAsync(new Question(question.Question), cancellationToken: Ct);

        Assert.False(answer.Grounded, answer.Text);
        Assert.Empty(answer.Citations);
        Assert.Equal(language, answer.Language);
        Assert.InRange(answer.Related.Count, 1, 3);
        Assert.Equal(AnswerPhrases.Decline(language, answer.Related[0]), answer.Text);
    }

    [Theory]
    [InlineData("en", "I am not sure the manuals cover that; the closest is 4 Spindle › 4.2 Brake release, page 11.")]
    [InlineData("de", "Ich bin nicht sicher, ob die Handbücher das abdecken; am nächsten kommt 4 Spindle › 4.2 Brake release, Seite 11.")]
    public void DeclineWithAClosestPlace_NamesItsLastTwoHeadingsAndPage(string language, string start)
    {
        var closest = new Citation("vmc.pdf", "VMC-850 manual", "VMC-850 › 4 Spindle › 4.2 Brake release", 11, 0.4);

        Assert.StartsWith(start, AnswerPhrases.Decline(language, closest), StringComparison.Ordinal);
        Assert.Equal(AnswerPhrases.Decline(language), AnswerPhrases.Decline(language, null));
    }

    [Theory]
    [InlineData("Spindle alarm E-2041, what do I check first?", "en")]
    [InlineData("Wie wechsle ich das Hydrauliköl?", "de")]
    public async Task Ask_EmptyKnowledgeBase_Declines(string question, string language)
    {
        using var empty = sample.Empty();

        var answer = await empty.Assistant.AskAsync(new Question(question), cancellationToken: Ct);

        Assert.False(answer.Grounded);
        Assert.Empty(answer.Citations);
        Assert.Equal(AnswerPhrases.Decline(language), answer.Text);
    }

    [Fact]
    public async Task Ask_DataDirectoryThatDoesNotExistYet_DeclinesAndCreatesAnEmptyDatabase()
    {
        using var parent = new TempDirectory();
        var missing = Path.Combine(parent.Path, "not", "there");
        using var services = sample.Empty(missing);

        var answer = await services.Assistant.AskAsync(new Question("How do I home the axes?"), cancellationToken: Ct);

        Assert.False(answer.Grounded);
        Assert.Equal(0, services.Knowledge.GetStatus().Documents);
    }

    [Theory]
    [MemberData(nameof(BadQueries.All), MemberType = typeof(BadQueries))]
    public async Task Ask_BadQuestion_ThrowsInvalidQuestionWithOneLineMessage(string kind, string text)
    {
        var error = await Assert.ThrowsAsync<InvalidQuestionException>(() => sample.Services.Assistant.AskAsync(new Question(text), cancellationToken: Ct));

        Assert.False(string.IsNullOrWhiteSpace(error.Message), kind);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task Ask_UnknownCollection_ThrowsInvalidQuestionNamingIt()
    {
        var error = await Assert.ThrowsAsync<InvalidQuestionException>(() =>
            sample.Services.Assistant.AskAsync(new Question("How do I home the axes?", "lathe-7"), cancellationToken: Ct));

        Assert.Contains("lathe-7", error.Message, StringComparison.Ordinal);
    }
}
