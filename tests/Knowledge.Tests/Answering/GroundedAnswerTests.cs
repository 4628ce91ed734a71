using Edge.Knowledge.Answering;
using Edge.Knowledge.Evaluation;
using Edge.Knowledge.Tests.TestSupport;

// Not ".Answering": that namespace would hide Edge.Knowledge.Answering from the Generation tests, which name it relatively.
namespace Edge.Knowledge.Tests.Answers;

/// <summary>Questions of the sample set that the manuals answer: the answer holds the fact and cites the place.</summary>
[Collection(SampleKnowledgeCollection.Name)]
public sealed class GroundedAnswerTests(SampleKnowledge sample)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<Answer> Ask(string question) => sample.Services.Assistant.AskAsync(new Question(question), cancellationToken: Ct);

    [Theory]
    [InlineData("m002")] // pull stud torque, VMC-850 PDF
    [InlineData("m016")] // spindle speed parameter, VMC-850 PDF table
    [InlineData("m023")] // sealing jaw temperatures, PL-400 HTML table
    [InlineData("m032")] // Öldruck zu niedrig F-101, German HP-200 PDF
    public async Task Ask_AnswerableSampleQuestion_ContainsTheFactsAndCitesAnExpectedPlace(string id)
    {
        var question = sample.Question(id);

        var answer = await Ask(question.Question);

        Assert.True(answer.Grounded, answer.Text);
        var normalized = EvalText.Normalize(answer.Text);
        Assert.All(question.Facts, fact => Assert.Contains(EvalText.Normalize(fact), normalized, StringComparison.Ordinal));
        var first = answer.Citations[0];
        Assert.Contains(question.Expected, e => e.Document == first.Document
            && first.Section.EndsWith(e.Section, StringComparison.Ordinal)
            && e.Page == first.Page);
    }

    [Fact]
    public async Task Ask_AnswerFromPdf_CitesDocumentTitleSectionPathAndPage()
    {
        var answer = await Ask("What's the torque for the tool holder pull stud?");

        Assert.All(answer.Citations, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Title));
            Assert.False(string.IsNullOrWhiteSpace(c.Section));
            Assert.Equal(c.Document.EndsWith(".pdf", StringComparison.Ordinal), c.Page is >= 1);
            Assert.InRange(c.Score, 0, 1);
        });
        Assert.Equal("4 Spindle" + SectionPath.Separator + "4.5 Tool clamping and pull studs", answer.Citations[0].Section);
        Assert.Distinct(answer.Citations.Select(c => (c.Document, c.Section, c.Page)));
    }

    [Theory]
    [InlineData("What's the torque for the tool holder pull stud?", "WARNING — Tool can fall out.")]
    [InlineData("How do I check the spindle belt tension?", "WARNING — Drawing-in hazard.")]
    [InlineData("Wie wechsle ich das Hydrauliköl an der Presse?", "ACHTUNG — Absinkender Stößel.")]
    public async Task Ask_SectionWithSafetyNotice_KeepsTheNoticeInTheAnswer(string question, string notice)
    {
        var answer = await Ask(question);

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains(notice, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wo stelle ich den Pressdruck ein und wie viel Kraft sind 150 bar?", "de", "Laut ")]
    [InlineData("Öldruck zu niedrig, F-101 an der Presse. Was tun?", "de", "Laut ")]
    [InlineData("Which parameter limits the spindle speed and what is it set to by default?", "en", "According to ")]
    public async Task Ask_Question_IsFramedInItsLanguage(string question, string language, string opening)
    {
        var answer = await Ask(question);

        Assert.Equal(language, answer.Language);
        Assert.StartsWith(opening, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_GivenLanguage_OverridesDetection()
    {
        var answer = await sample.Services.Assistant.AskAsync(new Question("P_PRESS 1200 kN", Language: "de"), cancellationToken: Ct);

        Assert.Equal("de", answer.Language);
    }

    [Fact]
    public async Task Ask_Answer_ReportsTimingsAndExtractiveMode()
    {
        var answer = await Ask("How do I check the coolant concentration?");

        Assert.Equal(0, answer.Timings.TranscribeMs);
        Assert.True(answer.Timings.RetrieveMs >= 0 && answer.Timings.AnswerMs >= 0);
        Assert.Equal(AnswerModes.Extractive, answer.Mode);
        Assert.Null(answer.FallbackReason);
    }
}
