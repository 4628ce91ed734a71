using System.Text.Json.Nodes;
using Edge.Knowledge.Generation;
using Edge.Knowledge.Tests.Generation.TinyModel;

namespace Edge.Knowledge.Tests.Generation;

public sealed class ModelFolderValidatorTests
{
    [Fact]
    public void Validate_WithTinyModel_IsPresentWithFolderName()
    {
        using var folder = TinyModelFolder.Create("Fine [S1].");
        var (status, facts) = ModelFolderValidator.Validate(folder.Path);

        Assert.Equal(LanguageModelState.Present, status.State);
        Assert.Null(status.Reason);
        Assert.Equal(Path.GetFileName(folder.Path), status.ModelName);
        Assert.Equal("llama", facts!.ModelType);
        Assert.Contains("<|im_start|>", facts.ChatTemplate, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_WithoutPath_IsDisabled(string? path) =>
        Assert.Equal(LanguageModelState.Disabled, ModelFolderValidator.Validate(path).Status.State);

    [Fact]
    public void Validate_WithAbsentFolder_IsMissing()
    {
        var status = ModelFolderValidator.Validate(Path.Combine(Path.GetTempPath(), "no-such-model-" + Guid.NewGuid())).Status;
        Assert.Equal(LanguageModelState.Missing, status.State);
        Assert.Contains("not found", status.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("genai_config.json")]
    [InlineData("tokenizer.json")]
    [InlineData("tokenizer_config.json")]
    [InlineData("model.onnx")]
    public void Validate_WithMissingFile_IsUnusableNamingIt(string file)
    {
        using var folder = TinyModelFolder.Create("Fine [S1].");
        File.Delete(folder.File(file));
        AssertUnusable(folder, file);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0x00, 0x13 }, "not an ONNX model")]
    public void Validate_WithCorruptOnnx_IsUnusable(byte[] content, string reason)
    {
        using var folder = TinyModelFolder.Create("Fine [S1].");
        File.WriteAllBytes(folder.File("model.onnx"), content);
        AssertUnusable(folder, reason);
    }

    [Theory]
    [InlineData("genai_config.json", "{ \"model\": ", "not valid JSON")]
    [InlineData("genai_config.json", "[1, 2]", "not a JSON object")]
    [InlineData("tokenizer.json", "{ broken", "not valid JSON")]
    [InlineData("tokenizer.json", "{\"version\": \"1.0\"}", "missing object 'model'")]
    [InlineData("tokenizer_config.json", "{\"chat_template\": \"x\"}", "tokenizer_class")]
    public void Validate_WithBrokenJson_IsUnusable(string file, string content, string reason)
    {
        using var folder = TinyModelFolder.Create("Fine [S1].");
        File.WriteAllText(folder.File(file), content);
        AssertUnusable(folder, reason);
    }

    [Theory]
    [InlineData("type", null, "model.type")]
    [InlineData("vocab_size", "\"384\"", "vocab_size")]
    [InlineData("context_length", "0", "context_length")]
    [InlineData("eos_token_id", null, "eos_token_id")]
    [InlineData("eos_token_id", "9999", "outside vocab_size")]
    [InlineData("pad_token_id", "\"pad\"", "pad_token_id")]
    public void Validate_WithWrongConfigField_IsUnusable(string field, string? json, string reason)
    {
        using var folder = TinyModelFolder.Create("Fine [S1].");
        var config = folder.ReadJson("genai_config.json");
        var model = config["model"]!.AsObject();
        if (json is null) model.Remove(field);
        else model[field] = JsonNode.Parse(json);
        folder.WriteJson("genai_config.json", config);
        AssertUnusable(folder, reason);
    }

    [Fact]
    public void Validate_WithDecoderFileNameWrong_IsUnusable()
    {
        using var folder = TinyModelFolder.Create("Fine [S1].");
        var config = folder.ReadJson("genai_config.json");
        config["model"]!["decoder"]!["filename"] = "decoder.onnx";
        folder.WriteJson("genai_config.json", config);
        AssertUnusable(folder, "decoder.onnx is missing");
    }

    [Fact]
    public void Validate_WithTokenizerOfLargerVocabulary_IsUnusableAsMismatch()
    {
        // The tokenizer knows ids up to 259 (its one word); a model with 259 logits cannot emit it.
        using var folder = TinyModelFolder.Create("Fine", vocabSize: 259);
        AssertUnusable(folder, "tokenizer does not match the model");
    }

    private static void AssertUnusable(TinyModelFolder folder, string reason)
    {
        var status = ModelFolderValidator.Validate(folder.Path).Status;
        Assert.Equal(LanguageModelState.Unusable, status.State);
        Assert.Contains(reason, status.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', status.Reason!);
    }
}
