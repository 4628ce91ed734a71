using Edge.Knowledge.Generation;
using Edge.Knowledge.Tests.Generation.TinyModel;

namespace Edge.Knowledge.Tests.Generation;

public sealed class ChatPromptFormatterTests
{
    [Fact]
    public void Format_WithTheFoldersTemplate_RendersThroughGenAI()
    {
        using var folder = TinyModelFolder.Create("Fine [S1].");
        using var host = new LanguageModelHost(new LanguageModelOptions { ModelPath = folder.Path });
        var formatter = host.TryLoad()!.Formatter;

        var prompt = formatter.Format("Be brief.", "Alarm \"2041\"?");

        Assert.Equal("<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nAlarm \"2041\"?<|im_end|>\n<|im_start|>assistant\n", prompt);
        Assert.False(formatter.UsesFallback);
    }

    [Theory]
    [InlineData("{{ messages[0]['content'] | no_such_filter }}<|im_start|>")]
    [InlineData(null)]
    public async Task Generate_WithTemplateGenAICannotRender_FallsBackToTheFamilyFormat(string? template)
    {
        using var folder = TinyModelFolder.Create("Fine [S1].", chatTemplate: template);
        using var generator = GroundedGenerator.Create(new LanguageModelOptions { ModelPath = folder.Path });

        var result = await generator.GenerateAsync("Alarm?", "en", TestPassages.Three, null, TestContext.Current.CancellationToken);

        Assert.Equal(CitationOutcome.Valid, result.Outcome);
        Assert.Equal("Fine.", result.Text);
    }

    [Theory]
    [InlineData("{% for m in messages %}<|im_start|>{{ m.role }}{% endfor %}", "qwen2", "ChatMl")]
    [InlineData("<|start_header_id|>{{ m.role }}<|end_header_id|>", "llama", "Llama3")]
    [InlineData("{{ '<|user|>\n' + m.content }}", "phi3", "Phi3")]
    [InlineData(null, "phi3", "Phi3")]
    [InlineData(null, "llama", "Llama3")]
    [InlineData(null, "qwen2", "ChatMl")]
    public void Detect_UsesTemplateMarkersThenModelType(string? template, string modelType, string format) =>
        Assert.Equal(format, KnownChatTemplates.Detect(template, modelType).ToString());

    [Theory]
    [InlineData("ChatMl", "<|im_start|>user\nQ<|im_end|>\n<|im_start|>assistant\n")]
    [InlineData("Llama3", "<|start_header_id|>user<|end_header_id|>\n\nQ<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n")]
    [InlineData("Phi3", "<|user|>\nQ<|end|>\n<|assistant|>\n")]
    public void Render_EndsWhereTheAssistantAnswerStarts(string format, string ending) =>
        Assert.EndsWith(ending, KnownChatTemplates.Render(Enum.Parse<ChatFormat>(format), "S", "Q"), StringComparison.Ordinal);
}
