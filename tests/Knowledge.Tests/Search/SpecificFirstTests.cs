using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Search;

namespace Edge.Knowledge.Tests.Search;

public sealed class SpecificFirstTests
{
    private static SearchHit Hit(string document, double score, params string[] headings) =>
        new(document, "Title", string.Join(" › ", headings), null, score, "text") { SectionHeadings = headings };

    private static List<string> Sections(List<SearchHit> hits) => [.. hits.Select(h => h.Section)];

    [Fact]
    public void Apply_SubsectionScoringAlmostAsHigh_GoesBeforeItsParent()
    {
        var hits = new List<SearchHit>
        {
            Hit("tmc.pdf", 0.612, "Common Questions", "Why did I get an error?"),
            Hit("tmc.pdf", 0.608, "Common Questions", "Why did I get an error?", "ot=1(OvertempError!)"),
            Hit("tmc.pdf", 0.583, "Common Questions", "Why did I get an error?", "reset=1(Reset)"),
        };

        SpecificFirst.Apply(hits);

        Assert.Equal(
            ["Common Questions › Why did I get an error? › ot=1(OvertempError!)", "Common Questions › Why did I get an error?", "Common Questions › Why did I get an error? › reset=1(Reset)"],
            Sections(hits));
    }

    [Fact]
    public void Apply_SubsectionScoringClearlyLower_StaysBehind()
    {
        var hits = new List<SearchHit>
        {
            Hit("tmc.pdf", 0.60, "Tuning"),
            Hit("tmc.pdf", 0.50, "Tuning", "Choose homing speed"),
        };

        SpecificFirst.Apply(hits);

        Assert.Equal(["Tuning", "Tuning › Choose homing speed"], Sections(hits));
    }

    [Fact]
    public void Apply_SameHeadingsInAnotherDocumentOrASibling_IsNotASubsection()
    {
        var hits = new List<SearchHit>
        {
            Hit("a.md", 0.60, "Tuning"),
            Hit("b.md", 0.60, "Tuning", "Selecting max_accel"),
            Hit("a.md", 0.60, "Limitations"),
        };

        SpecificFirst.Apply(hits);

        Assert.Equal(["Tuning", "Tuning › Selecting max_accel", "Limitations"], Sections(hits));
    }
}
