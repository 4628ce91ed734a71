using Edge.Knowledge.Answering;
using Edge.Knowledge.Generation;
using Edge.Knowledge.Tests.Generation.TinyModel;
using Edge.Knowledge.Tests.KnowledgeBase;
using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.Answers;

/// <summary>
/// The assistant with <c>Knowledge:AnswerMode</c> llm/auto, wired by <c>AddKnowledge</c> as a host
/// does, on a tiny scripted GenAI model: a cited answer is shown, anything else falls back to the
/// extractive answer with the reason, and a declined question never reaches the model.
/// </summary>
[Collection(KnowledgeBaseCollection.Name)]
public sealed class LanguageModelModeTests(MiniLmEmbedder embedder) : IDisposable
{
    private const string Manual = "# Spindle\n\n## Alarm E-2041\n\nE-2041 means spindle overload. Run the warm-up programme O9000 first, then check the belt tension.\n";

    private readonly TempDirectory files = new();
    private readonly List<IDisposable> owned = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        owned.ForEach(o => o.Dispose());
        files.Dispose();
    }

    private KnowledgeServices Services(string mode, string? modelFolder)
    {
        var services = KnowledgeServices.Create(embedder, new Dictionary<string, string?> { ["AnswerMode"] = mode, ["LlmModel"] = modelFolder });
        owned.Add(services);
        var path = files.File("spindle.md");
        File.WriteAllText(path, Manual);
        services.Knowledge.Ingest([path], cancellationToken: Ct);
        return services;
    }

    private TinyModelFolder Model(string answer)
    {
        var model = TinyModelFolder.Create(answer);
        owned.Add(model);
        return model;
    }

    [Fact]
    public async Task Ask_LlmMode_CitedAnswerIsShownWithItsCitationAndPartials()
    {
        var services = Services(AnswerModes.Llm, Model("Run the warm-up programme O9000 first [S1].").Path);
        var partials = new List<string>();

        var answer = await services.Assistant.AskAsync(new Question("Spindle alarm E-2041, what do I check first?"), new ListProgress(partials), Ct);

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.Null(answer.FallbackReason);
        Assert.Equal("Run the warm-up programme O9000 first.", answer.Text);
        Assert.Equal("spindle.md", Assert.Single(answer.Citations).Document);
        Assert.NotEmpty(partials);
        Assert.Equal(answer.Text, partials[^1]);
    }

    [Fact]
    public async Task Ask_LlmMode_UncitedAnswerFallsBackToTheExtractiveAnswerWithTheReason()
    {
        var services = Services(AnswerModes.Llm, Model("Just restart the machine.").Path);

        var answer = await services.Assistant.AskAsync(new Question("Spindle alarm E-2041, what do I check first?"), cancellationToken: Ct);

        Assert.Equal(AnswerModes.Extractive, answer.Mode);
        Assert.Equal(AnswerFallbackPolicy.NoCitation, answer.FallbackReason);
        Assert.Contains("O9000", answer.Text, StringComparison.Ordinal);
        Assert.True(answer.Grounded);
    }

    [Fact]
    public async Task Ask_LlmModeWithMissingModel_AnswersExtractivelyAndSaysWhy()
    {
        var services = Services(AnswerModes.Llm, files.File("no-such-model"));

        var answer = await services.Assistant.AskAsync(new Question("Spindle alarm E-2041, what do I check first?"), cancellationToken: Ct);
        var status = services.Knowledge.GetStatus();

        Assert.Equal(AnswerFallbackPolicy.Unavailable, answer.FallbackReason);
        Assert.Contains("O9000", answer.Text, StringComparison.Ordinal);
        Assert.NotNull(status.LanguageModel);
        Assert.False(status.LanguageModel!.IsUsable);
        Assert.False(string.IsNullOrEmpty(status.LanguageModel.Reason));
    }

    [Fact]
    public async Task Ask_AutoModeWithoutModel_IsPlainExtractive()
    {
        var services = Services(AnswerModes.Auto, null);

        var answer = await services.Assistant.AskAsync(new Question("Spindle alarm E-2041, what do I check first?"), cancellationToken: Ct);

        Assert.Equal(AnswerModes.Extractive, answer.Mode);
        Assert.Null(answer.FallbackReason);
    }

    [Fact]
    public async Task Ask_UncoveredQuestion_DeclinesWithoutAskingTheModel()
    {
        var services = Services(AnswerModes.Llm, Model("Invented answer [S1].").Path);
        var partials = new List<string>();

        var answer = await services.Assistant.AskAsync(new Question("How do I descale the coffee machine in the break room?"), new ListProgress(partials), Ct);

        Assert.False(answer.Grounded);
        Assert.Empty(partials);
        Assert.DoesNotContain("Invented", answer.Text, StringComparison.Ordinal);
    }

    private sealed class ListProgress(List<string> values) : IProgress<string>
    {
        public void Report(string value) => values.Add(value);
    }
}
