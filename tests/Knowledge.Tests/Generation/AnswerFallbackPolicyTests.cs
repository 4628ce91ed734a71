using Edge.Knowledge.Answering;
using Edge.Knowledge.Generation;

namespace Edge.Knowledge.Tests.Generation;

public sealed class AnswerFallbackPolicyTests
{
    private static readonly Citation Spindle = new("press7-manual.pdf", "Press 7 Operating Manual", "Alarms › Spindle", 31, 0.71);

    [Theory]
    [InlineData(nameof(CitationOutcome.Valid), nameof(GenerationStopReason.Eos), null)]
    [InlineData(nameof(CitationOutcome.Valid), nameof(GenerationStopReason.MaxTokens), null)]
    [InlineData(nameof(CitationOutcome.Valid), nameof(GenerationStopReason.TimeLimit), AnswerFallbackPolicy.TimeLimit)]
    [InlineData(nameof(CitationOutcome.Valid), nameof(GenerationStopReason.Cancelled), AnswerFallbackPolicy.Cancelled)]
    [InlineData(nameof(CitationOutcome.Declined), nameof(GenerationStopReason.Eos), AnswerFallbackPolicy.Declined)]
    [InlineData(nameof(CitationOutcome.NoCitation), nameof(GenerationStopReason.Eos), AnswerFallbackPolicy.NoCitation)]
    [InlineData(nameof(CitationOutcome.UnknownId), nameof(GenerationStopReason.Eos), AnswerFallbackPolicy.UnknownSource)]
    [InlineData(nameof(CitationOutcome.Empty), nameof(GenerationStopReason.Eos), AnswerFallbackPolicy.Empty)]
    public void ReasonFor_OnlyACitedCompleteAnswerIsShown(string outcome, string stop, string? reason) =>
        Assert.Equal(reason, AnswerFallbackPolicy.ReasonFor(Generation(Enum.Parse<CitationOutcome>(outcome), Enum.Parse<GenerationStopReason>(stop))));

    [Fact]
    public void Choose_WithValidGeneration_ReturnsTheGeneratedAnswerAndItsCitations()
    {
        var answer = AnswerFallbackPolicy.Choose(Answers.Extractive, Generation(CitationOutcome.Valid, GenerationStopReason.Eos));

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.Equal("Let the spindle cool for ten minutes.", answer.Text);
        Assert.Equal([Spindle], answer.Citations);
        Assert.True(answer.Grounded);
        Assert.Null(answer.FallbackReason);
        Assert.Equal(Answers.Extractive.Timings, answer.Timings);
    }

    [Fact]
    public void Choose_WithUncitedGeneration_KeepsTheExtractiveAnswerWithAReason()
    {
        var answer = AnswerFallbackPolicy.Choose(Answers.Extractive, Generation(CitationOutcome.NoCitation, GenerationStopReason.Eos));

        Assert.Equal(Answers.Extractive with { FallbackReason = AnswerFallbackPolicy.NoCitation }, answer);
        Assert.Equal(AnswerModes.Extractive, answer.Mode);
    }

    [Fact]
    public void Unusable_AfterAnException_SaysTheGeneratorFailed() =>
        Assert.Equal(AnswerFallbackPolicy.Failed, AnswerFallbackPolicy.Unusable(Answers.Extractive, failed: true).FallbackReason);

    private static GroundedGeneration Generation(CitationOutcome outcome, GenerationStopReason stop) =>
        new("Let the spindle cool for ten minutes.", outcome == CitationOutcome.Valid ? [Spindle] : [], outcome, stop, 300, 9, 800, 1500);
}
