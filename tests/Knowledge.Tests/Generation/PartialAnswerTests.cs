using Edge.Knowledge.Generation;

namespace Edge.Knowledge.Tests.Generation;

public sealed class PartialAnswerTests
{
    [Fact]
    public void Append_HoldsBackAnIdUntilItClosesThenDropsIt()
    {
        var answer = new PartialAnswer();
        var shown = new[] { "Check", " the", " filter", " [", "S", "1", "]", ".", " Then", " restart" }.Select(p => answer.Append(p) ?? "-");

        Assert.Equal(["Check", "Check the", "Check the filter", "-", "-", "-", "-", "Check the filter.", "Check the filter. Then", "Check the filter. Then restart"], shown);
    }

    [Fact]
    public void Append_ReleasesABracketThatIsNotAnId()
    {
        var answer = new PartialAnswer();
        answer.Append("Pressure");
        Assert.Null(answer.Append(" [bar"));
        Assert.Equal("Pressure [bar] is", answer.Append("] is"));
    }

    [Fact]
    public void Append_DropsLeadingWhitespaceAndParenthesisedIds()
    {
        var answer = new PartialAnswer();
        Assert.Null(answer.Append("\n "));
        Assert.Equal("Cool it", answer.Append("Cool it (S2)"));
        Assert.Equal("Cool it, then", answer.Append(", then"));
    }
}
