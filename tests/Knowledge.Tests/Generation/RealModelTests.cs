using Edge.Knowledge.Generation;

namespace Edge.Knowledge.Tests.Generation;

/// <summary>
/// Runs against a real int4 model folder when <c>EDGE_TEST_LLM_MODEL</c> names one (nothing can be
/// downloaded in CI); skipped with the reason otherwise.
/// </summary>
public sealed class RealModelTests
{
    private static readonly string? ModelFolder = Environment.GetEnvironmentVariable("EDGE_TEST_LLM_MODEL");

    [Fact]
    public async Task Generate_WithRealModel_AnswersFromThePassagesWithCitations()
    {
        using var generator = Create();
        Assert.Equal(LanguageModelState.Present, generator.Warm().State);

        var result = await generator.GenerateAsync(
            "Alarm 2041 is showing. What do I check first?", "en", TestPassages.Three, null, TestContext.Current.CancellationToken);

        Assert.Equal(CitationOutcome.Valid, result.Outcome);
        Assert.Contains(result.Citations, c => c.Page == 12);
        Assert.Contains("filter", result.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Generate_WithRealModel_GermanQuestionGetsAGroundedAnswer()
    {
        using var generator = Create();
        var result = await generator.GenerateAsync(
            "Alarm 2041 wird angezeigt. Was prüfe ich zuerst?", "de", TestPassages.Three, null, TestContext.Current.CancellationToken);

        Assert.Contains(result.Outcome, new[] { CitationOutcome.Valid, CitationOutcome.Declined });
        Assert.NotEqual(GenerationStopReason.TimeLimit, result.StopReason);
    }

    [Fact]
    public async Task Generate_WithRealModel_UnrelatedPassagesAreNotCitedAsAnswer()
    {
        using var generator = Create();
        var result = await generator.GenerateAsync(
            "What is the torque for the tool changer bolts?", "en", [TestPassages.Hydraulics], null, TestContext.Current.CancellationToken);

        Assert.NotEqual(GenerationStopReason.TimeLimit, result.StopReason);
        Assert.True(result.Outcome != CitationOutcome.Valid || AnswerFallbackPolicy.ReasonFor(result) is null);
    }

    private static GroundedGenerator Create()
    {
        if (string.IsNullOrEmpty(ModelFolder))
        {
            Assert.Skip("EDGE_TEST_LLM_MODEL is not set: no real language model folder to test with.");
        }

        return GroundedGenerator.Create(new LanguageModelOptions { ModelPath = ModelFolder });
    }
}
