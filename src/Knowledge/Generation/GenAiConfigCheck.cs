using System.Text.Json;
using System.Text.Json.Nodes;

namespace Edge.Knowledge.Generation;

/// <summary>
/// Checks genai_config.json for the fields ONNX Runtime GenAI reads, so that a wrong file is reported
/// by name instead of by a native error (or a crash) during the first question.
/// </summary>
internal static class GenAiConfigCheck
{
    public const string FileName = "genai_config.json";

    /// <summary>Returns (model type, context length, vocab size) or throws <see cref="ModelFolderException"/>.</summary>
    public static (string ModelType, int ContextLength, int VocabSize) Read(string folder)
    {
        var model = JsonFiles.ReadObject(folder, FileName)["model"] as JsonObject
            ?? throw new ModelFolderException($"{FileName}: missing object 'model'");

        var type = model["type"] is JsonValue t && t.TryGetValue(out string? s) && s.Length > 0
            ? s : throw new ModelFolderException($"{FileName}: missing 'model.type'");
        int vocab = PositiveInt(model, "vocab_size");
        int context = PositiveInt(model, "context_length");

        foreach (var eos in TokenIds(model["eos_token_id"], "eos_token_id", required: true))
        {
            if (eos >= vocab) throw new ModelFolderException($"{FileName}: eos_token_id {eos} is outside vocab_size {vocab}");
        }

        // pad may legitimately be -1 ("none"); it only has to be a number below the vocabulary size.
        foreach (var pad in TokenIds(model["pad_token_id"], "pad_token_id", required: false))
        {
            if (pad >= vocab) throw new ModelFolderException($"{FileName}: pad_token_id {pad} is outside vocab_size {vocab}");
        }

        var decoder = model["decoder"] as JsonObject ?? throw new ModelFolderException($"{FileName}: missing object 'model.decoder'");
        foreach (var field in new[] { "head_size", "num_attention_heads", "num_hidden_layers" }) PositiveInt(decoder, field);
        var filename = decoder["filename"] is JsonValue f && f.TryGetValue(out string? name) && name.Length > 0
            ? name : throw new ModelFolderException($"{FileName}: missing 'model.decoder.filename'");
        OnnxFileCheck.Check(folder, filename);
        return (type, context, vocab);
    }

    private static int PositiveInt(JsonObject parent, string field) =>
        parent[field] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out int n) && n > 0
            ? n : throw new ModelFolderException($"{FileName}: '{field}' must be a positive integer");

    private static IEnumerable<int> TokenIds(JsonNode? node, string field, bool required)
    {
        var items = node switch
        {
            null when !required => [],
            JsonArray array when array.Count > 0 => array.ToArray(),
            JsonValue => [node],
            _ => throw new ModelFolderException($"{FileName}: '{field}' must be a token id or a list of them"),
        };
        foreach (var item in items)
        {
            yield return item is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out int id)
                ? id : throw new ModelFolderException($"{FileName}: '{field}' must be a token id or a list of them");
        }
    }
}
