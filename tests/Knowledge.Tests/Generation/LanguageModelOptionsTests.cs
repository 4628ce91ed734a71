using Edge.Knowledge.Generation;

namespace Edge.Knowledge.Tests.Generation;

public sealed class LanguageModelOptionsTests
{
    [Fact]
    public void Defaults_MatchTheBoardBudget()
    {
        var options = new LanguageModelOptions();
        Assert.Equal((400, 160, 20d, 3), (options.MaxPromptTokens, options.MaxNewTokens, options.TimeLimitSeconds, options.Passages));
        Assert.True(new LanguageModelOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_OutOfRangeValues_FailNamingTheSetting()
    {
        var result = new LanguageModelOptionsValidator().Validate(null, new LanguageModelOptions { MaxNewTokens = 0, Passages = 20 });
        Assert.True(result.Failed);
        Assert.Contains(nameof(LanguageModelOptions.MaxNewTokens), result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(nameof(LanguageModelOptions.Passages), result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingModelFolder_IsNotAConfigurationError() =>
        Assert.True(new LanguageModelOptionsValidator().Validate(null, new LanguageModelOptions { ModelPath = "/no/such/folder" }).Succeeded);
}
