using System.Text.Json.Nodes;

namespace Edge.Knowledge.Tests.Generation.TinyModel;

/// <summary>
/// A complete GenAI model folder in a temp directory whose greedy output is a scripted answer: after
/// the prompt's final newline it emits the script word by word, then EOS (or starts over forever).
/// </summary>
internal sealed class TinyModelFolder : IDisposable
{
    public const int DefaultVocabSize = 384;
    private const int Newline = '\n';

    private TinyModelFolder(string path) => Path = path;

    /// <summary>The model folder.</summary>
    public string Path { get; }

    /// <summary>Builds a folder whose model answers every prompt with <paramref name="answer"/>.</summary>
    public static TinyModelFolder Create(
        string answer,
        bool endsWithEos = true,
        int vocabSize = DefaultVocabSize,
        int contextLength = 4096,
        string? chatTemplate = TinyTokenizer.ChatMlTemplate)
    {
        var tokenizer = new TinyTokenizer();
        var script = SplitWords(answer).Select(tokenizer.AddWord).ToArray();
        int vocab = Math.Max(vocabSize, tokenizer.Count);

        // Every row defaults to EOS so an unexpected path ends instead of looping.
        var bigram = new float[vocab, vocab];
        for (int row = 0; row < vocab; row++) bigram[row, TinyTokenizer.ImEnd] = 1;
        Link(bigram, Newline, script[0]);
        for (int i = 1; i < script.Length; i++) Link(bigram, script[i - 1], script[i]);
        Link(bigram, script[^1], endsWithEos ? TinyTokenizer.ImEnd : script[0]);

        var folder = new TinyModelFolder(Directory.CreateTempSubdirectory("tiny-llm-").FullName);
        System.IO.File.WriteAllBytes(folder.File("model.onnx"), TinyOnnxGraph.Encode(bigram));
        folder.WriteJson("genai_config.json", GenAiConfig(vocabSize, contextLength));
        folder.WriteJson("tokenizer.json", tokenizer.TokenizerJson());
        folder.WriteJson("tokenizer_config.json", tokenizer.TokenizerConfigJson(chatTemplate));
        return folder;
    }

    /// <summary>Path of a file inside the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Reads a JSON file of the folder for a test to change.</summary>
    public JsonObject ReadJson(string name) => JsonNode.Parse(System.IO.File.ReadAllText(File(name)))!.AsObject();

    /// <summary>Writes a JSON file into the folder.</summary>
    public void WriteJson(string name, JsonNode json) => System.IO.File.WriteAllText(File(name), json.ToJsonString());

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A model still mapped by a native session on some platforms; the temp folder is harmless.
        }
    }

    private static IEnumerable<string> SplitWords(string answer)
    {
        var parts = answer.Split(' ');
        yield return parts[0];
        foreach (var part in parts.Skip(1)) yield return " " + part;
    }

    private static void Link(float[,] bigram, int from, int to)
    {
        for (int column = 0; column < bigram.GetLength(1); column++) bigram[from, column] = 0;
        bigram[from, to] = 10;
    }

    private static JsonObject GenAiConfig(int vocabSize, int contextLength) => new()
    {
        ["model"] = new JsonObject
        {
            ["bos_token_id"] = TinyTokenizer.EndOfText,
            ["context_length"] = contextLength,
            ["decoder"] = new JsonObject
            {
                ["session_options"] = new JsonObject { ["log_id"] = "tiny", ["provider_options"] = new JsonArray() },
                ["filename"] = "model.onnx",
                ["head_size"] = TinyOnnxGraph.HeadSize,
                ["hidden_size"] = TinyOnnxGraph.HeadSize,
                ["inputs"] = new JsonObject
                {
                    ["input_ids"] = "input_ids",
                    ["attention_mask"] = "attention_mask",
                    ["past_key_names"] = "past_key_values.%d.key",
                    ["past_value_names"] = "past_key_values.%d.value",
                },
                ["outputs"] = new JsonObject
                {
                    ["logits"] = "logits",
                    ["present_key_names"] = "present.%d.key",
                    ["present_value_names"] = "present.%d.value",
                },
                ["num_attention_heads"] = 1,
                ["num_hidden_layers"] = 1,
                ["num_key_value_heads"] = 1,
            },
            ["eos_token_id"] = TinyTokenizer.ImEnd,
            ["pad_token_id"] = TinyTokenizer.EndOfText,
            ["type"] = "llama",
            ["vocab_size"] = vocabSize,
        },
        ["search"] = new JsonObject
        {
            ["do_sample"] = false,
            ["max_length"] = contextLength,
            ["min_length"] = 0,
            ["num_beams"] = 1,
            ["num_return_sequences"] = 1,
            ["past_present_share_buffer"] = false,
            ["repetition_penalty"] = 1.0,
            ["temperature"] = 1.0,
            ["top_k"] = 1,
            ["top_p"] = 1.0,
        },
    };
}
