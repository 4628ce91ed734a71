using Edge.Knowledge.Generation;
using Edge.Knowledge.Tests.Generation.TinyModel;

namespace Edge.Knowledge.Tests.Generation;

/// <summary>Generation through the real ONNX Runtime GenAI on tiny scripted models.</summary>
public sealed class GroundedGeneratorTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Generate_WithCitedAnswer_IsValidAndStopsAtEos()
    {
        using var tiny = TinyGenerator.Create("Check the coolant filter first [S1].");
        var result = await tiny.Generator.GenerateAsync("Alarm 2041?", "en", TestPassages.Three, null, TestContext.Current.CancellationToken);

        Assert.Equal(CitationOutcome.Valid, result.Outcome);
        Assert.Equal(GenerationStopReason.Eos, result.StopReason);
        Assert.Equal("Check the coolant filter first.", result.Text);
        Assert.Equal("Check the coolant filter first [S1].", result.RawText);
        Assert.Equal(12, Assert.Single(result.Citations).Page);
        Assert.Equal(6, result.GeneratedTokens);
        Assert.InRange(result.PromptTokens, 200, 1000);
        Assert.NotNull(result.TimeToFirstTokenMs);
        Assert.InRange(result.TotalMs, result.TimeToFirstTokenMs!.Value, 60_000);
        Assert.Equal(TestPassages.Three, result.Sources);
    }

    [Fact]
    public async Task Generate_StreamsTheGrowingAnswerWithoutIds()
    {
        using var tiny = TinyGenerator.Create("Check the coolant filter first [S1] then restart.");
        var partials = new List<string>();
        var result = await tiny.Generator.GenerateAsync("Alarm?", "en", TestPassages.Three, new ListProgress(partials), None);

        Assert.Equal(["Check", "Check the", "Check the coolant", "Check the coolant filter", "Check the coolant filter first", "Check the coolant filter first then", "Check the coolant filter first then restart."], partials);
        Assert.Equal(result.Text, partials[^1]);
    }

    [Theory]
    [InlineData("Check the pump [S7].", nameof(CitationOutcome.UnknownId))]
    [InlineData("Check the pump now.", nameof(CitationOutcome.NoCitation))]
    [InlineData("The documents do not answer this question.", nameof(CitationOutcome.Declined))]
    public async Task Generate_ChecksTheCitations(string answer, string expected)
    {
        var outcome = Enum.Parse<CitationOutcome>(expected);
        using var tiny = TinyGenerator.Create(answer);
        var result = await tiny.Generator.GenerateAsync("Alarm?", "en", TestPassages.Three, null, None);

        Assert.Equal(outcome, result.Outcome);
        Assert.Empty(result.Citations);
        Assert.NotNull(AnswerFallbackPolicy.ReasonFor(result));
    }

    [Fact]
    public async Task Generate_WithModelThatNeverEnds_StopsAtMaxNewTokens()
    {
        using var tiny = TinyGenerator.Create("again and [S1]", endsWithEos: false, o => o.MaxNewTokens = 7);
        var result = await tiny.Generator.GenerateAsync("Alarm?", "en", TestPassages.Three, null, None);

        Assert.Equal(GenerationStopReason.MaxTokens, result.StopReason);
        Assert.Equal(7, result.GeneratedTokens);
        Assert.Equal("again and [S1]again and [S1]again", result.RawText);
    }

    [Fact]
    public async Task Generate_WithModelThatNeverEnds_StopsAtTheTimeLimit()
    {
        // Every clock read costs 100 ms: the 2 s limit passes after a bounded number of tokens.
        var clock = new SteppingTimeProvider(TimeSpan.FromMilliseconds(100));
        using var tiny = TinyGenerator.Create("again and [S1]", endsWithEos: false, o => { o.TimeLimitSeconds = 2; o.MaxNewTokens = 4096; }, clock);
        var result = await tiny.Generator.GenerateAsync("Alarm?", "en", TestPassages.Three, null, None);

        Assert.Equal(GenerationStopReason.TimeLimit, result.StopReason);
        Assert.InRange(result.GeneratedTokens, 1, 20);
        Assert.Equal(AnswerFallbackPolicy.TimeLimit, AnswerFallbackPolicy.ReasonFor(result));
    }

    [Fact]
    public async Task Generate_WhenCancelledDuringGeneration_StopsPromptlyWithPartialText()
    {
        using var tiny = TinyGenerator.Create("again and [S1]", endsWithEos: false, o => o.MaxNewTokens = 4096);
        using var cancel = new CancellationTokenSource();
        var partials = new List<string>();
        var progress = new ListProgress(partials, after: p => { if (p.Count == 3) cancel.Cancel(); });

        var result = await tiny.Generator.GenerateAsync("Alarm?", "en", TestPassages.Three, progress, cancel.Token);

        Assert.Equal(GenerationStopReason.Cancelled, result.StopReason);
        Assert.InRange(result.GeneratedTokens, 3, 4);
        Assert.Equal(AnswerFallbackPolicy.Cancelled, AnswerFallbackPolicy.ReasonFor(result));
    }

    [Fact]
    public async Task Generate_WithCancelledToken_ReturnsCancelledWithoutTokens()
    {
        using var tiny = TinyGenerator.Create("Fine [S1].");
        var result = await tiny.Generator.GenerateAsync("Alarm?", "en", TestPassages.Three, null, new CancellationToken(canceled: true));

        Assert.Equal(GenerationStopReason.Cancelled, result.StopReason);
        Assert.Equal(0, result.GeneratedTokens);
    }

    [Fact]
    public async Task Generate_WithoutPassages_ThrowsSoRetrievalMissesNeverReachTheModel()
    {
        using var tiny = TinyGenerator.Create("Fine [S1].");
        await Assert.ThrowsAsync<ArgumentException>(() => tiny.Generator.GenerateAsync("Alarm?", "en", [], null, None));
    }

    [Theory]
    [InlineData(100, 1)]
    [InlineData(400, 3)]
    public void Prompt_MeasuredWithTheModelTokenizer_StaysWithinTheBudget(int budget, int sources)
    {
        using var folder = TinyModelFolder.Create("Fine [S1].");
        using var host = new LanguageModelHost(new LanguageModelOptions { ModelPath = folder.Path });
        var model = host.TryLoad()!;
        var passages = new[] { TestPassages.Long(60), TestPassages.Long(60, "Other"), TestPassages.Coolant };

        var prompt = GroundedPrompt.Build("Which step?", "en", passages, 3, budget, model.CountTokens);
        var sourcesBlock = prompt.User[..prompt.User.IndexOf("Question:", StringComparison.Ordinal)];

        Assert.InRange(model.CountTokens(sourcesBlock), budget * 3 / 4, budget);
        // A token per byte makes headers expensive: a small budget takes fewer passages, never none.
        Assert.Equal(sources, prompt.Sources.Count);
    }

    [Fact]
    public async Task Generate_WithSmallerBudget_SendsAShorterPrompt()
    {
        using var small = TinyGenerator.Create("Fine [S1].", configure: o => o.MaxPromptTokens = 100);
        using var large = TinyGenerator.Create("Fine [S1].", configure: o => o.MaxPromptTokens = 600);
        var passages = new[] { TestPassages.Long(60), TestPassages.Long(60, "Other"), TestPassages.Long(60, "Third") };

        var trimmed = await small.Generator.GenerateAsync("Which step?", "en", passages, null, None);
        var roomy = await large.Generator.GenerateAsync("Which step?", "en", passages, null, None);

        Assert.InRange(roomy.PromptTokens - trimmed.PromptTokens, 400, 600);
        Assert.Equal(CitationOutcome.Valid, trimmed.Outcome);
    }

    [Fact]
    public async Task Generate_ConcurrentRequests_BothComplete()
    {
        using var tiny = TinyGenerator.Create("Check the coolant filter first [S1].");
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            tiny.Generator.GenerateAsync("Alarm?", "en", TestPassages.Three, null, None)));

        Assert.All(results, r => Assert.Equal("Check the coolant filter first.", r.Text));
    }

    private sealed class ListProgress(List<string> values, Action<List<string>>? after = null) : IProgress<string>
    {
        public void Report(string value)
        {
            values.Add(value);
            after?.Invoke(values);
        }
    }
}
