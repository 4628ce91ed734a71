using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Search;
using Edge.Knowledge.Tests.Retrieval;

namespace Edge.Knowledge.Tests.Search;

public sealed class GuideBeforeReferenceTests
{
    private static SearchHit Hit(string document, string text, params string[] headings) =>
        new(document, "Title", string.Join(" › ", headings), null, 0.5, text) { SectionHeadings = headings };

    private static List<SearchHit> Ranking() =>
    [
        Hit("g-codes.md", "QUERY_ENDSTOPS: Probe the axis endstops and report their state.", "Additional Commands", "QUERY_ENDSTOPS"),
        Hit("config-checks.pdf", "Run QUERY_ENDSTOPS with the endstop pressed; if it reports open, the endstop may use a different pin.", "Verify endstops"),
        Hit("g-codes.md", "The commands below are available when the probe is configured.", "[probe]"),
    ];

    private static List<string> Documents(List<SearchHit> hits) => [.. hits.Select(h => h.Document)];

    private static void Apply(List<SearchHit> hits, string question) =>
        GuideBeforeReference.Apply(hits, SharedAnalysis.Default.AnalyzeQuery(question), question);

    [Fact]
    public void Apply_QuestionNamingTheCommandWithASymptom_PutsTheGuideThatUsesItFirst()
    {
        var hits = Ranking();

        Apply(hits, "QUERY_ENDSTOPS says open for the Y endstop no matter whether I press it");

        Assert.Equal(["config-checks.pdf", "g-codes.md", "g-codes.md"], Documents(hits));
        Assert.Equal("QUERY_ENDSTOPS", hits[1].SectionHeadings[^1]);
    }

    [Theory]
    [InlineData("What does QUERY_ENDSTOPS do?")]
    [InlineData("Was macht QUERY_ENDSTOPS?")]
    public void Apply_QuestionAskingWhatTheCommandIs_KeepsTheReferenceEntryFirst(string question)
    {
        var hits = Ranking();

        Apply(hits, question);

        Assert.Equal("QUERY_ENDSTOPS", hits[0].SectionHeadings[^1]);
    }

    [Fact]
    public void Apply_QuestionAskingWhatTheCommandsOutputMeans_PutsTheGuideFirst()
    {
        var hits = Ranking();

        Apply(hits, "QUERY_ENDSTOPS says open for the Y endstop. What does that mean?");

        Assert.Equal("config-checks.pdf", hits[0].Document);
    }

    [Fact]
    public void Apply_TopHeadingIsNotACommandOfTheQuestion_ChangesNothing()
    {
        var hits = Ranking();

        Apply(hits, "the Y endstop reads open no matter whether I press it");

        Assert.Equal("QUERY_ENDSTOPS", hits[0].SectionHeadings[^1]);
    }

    [Fact]
    public void Apply_GuideScoringFarBelowTheReference_StaysBehind()
    {
        var hits = Ranking();
        hits[1] = hits[1] with { Score = 0.35 };

        Apply(hits, "QUERY_ENDSTOPS says open for the Y endstop no matter whether I press it");

        Assert.Equal("QUERY_ENDSTOPS", hits[0].SectionHeadings[^1]);
    }

    [Fact]
    public void Apply_NoCloseGuideUsesTheCommand_ChangesNothing()
    {
        var hits = Ranking();
        hits[1] = Hit("config-checks.pdf", "Press each endstop and check the LED.", "Verify endstops");

        Apply(hits, "QUERY_ENDSTOPS says open for the Y endstop no matter whether I press it");

        Assert.Equal("QUERY_ENDSTOPS", hits[0].SectionHeadings[^1]);
    }
}
