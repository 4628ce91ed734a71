using Edge.Knowledge.Generation;

namespace Edge.Knowledge.Tests.Generation;

public sealed class CitationCheckTests
{
    [Theory]
    [InlineData("Check the coolant filter first [S1].", new[] { 12 })]
    [InlineData("Clean the filter [S1, S2].", new[] { 12, 31 })]
    [InlineData("Let it cool (S2), then check the filter [S1].", new[] { 31, 12 })]
    [InlineData("Keep 120 to 140 bar [3].", new int[0])]
    [InlineData("Check the filter [S1][S2] and again [S1].", new[] { 12, 31 })]
    [InlineData("Filter prüfen [s1; S3].", new[] { 12 })]
    public void Check_WithKnownIds_IsValidWithCitationsInCitedOrder(string answer, int[] pages)
    {
        var result = CitationCheck.Check(answer, TestPassages.Three);

        Assert.Equal(CitationOutcome.Valid, result.Outcome);
        Assert.Equal(pages, result.Citations.Where(c => c.Page is not null).Select(c => c.Page!.Value));
        Assert.Empty(result.UnknownIds);
    }

    [Fact]
    public void Check_CitationCarriesDocumentSectionPageAndScore()
    {
        var citation = Assert.Single(CitationCheck.Check("Yes [S2].", TestPassages.Three).Citations);
        Assert.Equal(new Answering.Citation("press7-manual.pdf", "Press 7 Operating Manual", "Alarms › Spindle", 31, 0.71), citation);
    }

    [Theory]
    [InlineData("Check the filter [S4].")]
    [InlineData("Check the filter [S1] and the pump [S9].")]
    [InlineData("See [0].")]
    public void Check_WithIdNotGiven_IsUnknownId(string answer) =>
        Assert.Equal(CitationOutcome.UnknownId, CitationCheck.Check(answer, TestPassages.Three).Outcome);

    [Theory]
    [InlineData("Check the coolant filter first.")]
    [InlineData("Tighten in order (2) and (3).")]
    public void Check_WithoutIds_IsNoCitation(string answer) =>
        Assert.Equal(CitationOutcome.NoCitation, CitationCheck.Check(answer, TestPassages.Three).Outcome);

    [Theory]
    [InlineData("The documents do not answer this question.")]
    [InlineData("Die Unterlagen beantworten diese Frage nicht. [S1]")]
    [InlineData("I don’t know.")]
    [InlineData("Das weiß ich nicht.")]
    public void Check_WithDecline_IsDeclined(string answer)
    {
        var result = CitationCheck.Check(answer, TestPassages.Three);
        Assert.Equal(CitationOutcome.Declined, result.Outcome);
        Assert.Empty(result.Citations);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Check_WithNoText_IsEmpty(string answer) =>
        Assert.Equal(CitationOutcome.Empty, CitationCheck.Check(answer, TestPassages.Three).Outcome);

    [Theory]
    [InlineData("Check the filter [S1].", "Check the filter.")]
    [InlineData("Cool it (S2), then clean [S1, S3] the filter.", "Cool it, then clean the filter.")]
    public void Remove_DropsIdsAndTidiesSpacing(string raw, string shown) => Assert.Equal(shown, SourceIds.Remove(raw));
}
