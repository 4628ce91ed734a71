using Edge.Knowledge.Evaluation;

namespace Edge.Knowledge.Tests.Evaluation;

public sealed class EvalTextTests
{
    [Theory]
    [InlineData("Tighten to 100 N·m", "tighten to 100 n·m")]
    [InlineData("ﬁlter ＩＳＯ ＶＧ ３２", "filter iso vg 32")]           // NFKC: ligature and full-width letters and digits
    [InlineData("“EMPTY LINE” and „Einrichten“ and «AUTO»", "empty line and einrichten and auto")]
    [InlineData("press 'CYCLE START' or \"RESET\"", "press cycle start or reset")]
    [InlineData("95 – 105 Hz — check", "95 - 105 hz - check")]
    [InlineData("  O9000\t\n first\u00A0run  ", "o9000 first run")]
    public void Normalize_FoldsCaseWidthQuotesDashesAndSpaces(string text, string expected)
    {
        Assert.Equal(expected, EvalText.Normalize(text));
    }

    [Fact]
    public void Normalize_FactInsideAnswerWithOtherTypography_StillMatches()
    {
        const string answer = "Set the vertical jaw to 150 °C and the cross jaws to 160 °C – dwell “250 ms”.";

        Assert.Contains(EvalText.Normalize("cross jaws to 160 °C - dwell 250 ms"), EvalText.Normalize(answer), StringComparison.Ordinal);
    }
}
