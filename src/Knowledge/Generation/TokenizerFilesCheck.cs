using System.Text.Json;
using System.Text.Json.Nodes;

namespace Edge.Knowledge.Generation;

/// <summary>
/// Checks tokenizer.json and tokenizer_config.json before GenAI sees them: a failed
/// <c>new Tokenizer(model)</c> can leave a native object behind whose finalizer takes the process down.
/// </summary>
internal static class TokenizerFilesCheck
{
    public const string TokenizerFile = "tokenizer.json";
    public const string ConfigFile = "tokenizer_config.json";

    /// <summary>Returns the chat template (null when none) or throws <see cref="ModelFolderException"/>.</summary>
    public static string? Read(string folder, int vocabSize)
    {
        var tokenizer = JsonFiles.ReadObject(folder, TokenizerFile);
        var model = tokenizer["model"] as JsonObject ?? throw new ModelFolderException($"{TokenizerFile}: missing object 'model'");
        int highest = model["vocab"] switch
        {
            JsonObject vocab => vocab.Select(entry => IdOf(entry.Value)).DefaultIfEmpty(-1).Max(),
            JsonArray unigram => unigram.Count - 1,
            _ => throw new ModelFolderException($"{TokenizerFile}: missing 'model.vocab'"),
        };
        if (tokenizer["added_tokens"] is JsonArray added)
        {
            highest = added.Select(token => IdOf((token as JsonObject)?["id"])).Append(highest).Max();
        }

        if (highest < 0) throw new ModelFolderException($"{TokenizerFile}: the vocabulary is empty");

        // Real configs pad vocab_size above the tokenizer's count (Qwen2.5: 151936 vs 151665); the
        // reverse means the tokenizer belongs to another model and would index past the logits.
        if (highest >= vocabSize)
        {
            throw new ModelFolderException(
                $"tokenizer does not match the model: token id {highest} but genai_config.json vocab_size is {vocabSize}");
        }

        var config = JsonFiles.ReadObject(folder, ConfigFile);
        if (config["tokenizer_class"] is not JsonValue tokenizerClass || tokenizerClass.GetValueKind() != JsonValueKind.String)
        {
            throw new ModelFolderException($"{ConfigFile}: missing 'tokenizer_class'");
        }

        return ChatTemplateOf(config["chat_template"]);
    }

    private static int IdOf(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out int id) && id >= 0
            ? id : throw new ModelFolderException($"{TokenizerFile}: a token id is not a non-negative integer");

    // Hugging Face allows either one template string or a list of named templates.
    private static string? ChatTemplateOf(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue(out string? template) => template,
        JsonArray named => named.OfType<JsonObject>()
            .FirstOrDefault(t => (string?)t["name"] == "default")?["template"]?.GetValue<string>(),
        _ => null,
    };
}
