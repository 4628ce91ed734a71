using System.Text.Json.Nodes;

namespace Edge.Knowledge.Tests.Generation.TinyModel;

/// <summary>
/// A GPT-2 style byte-level BPE tokenizer without merges: prompts encode one token per byte (id = byte
/// value), and whole words appended after the special tokens exist only so the model can emit them.
/// </summary>
internal sealed class TinyTokenizer
{
    public const int EndOfText = 256;
    public const int ImStart = 257;
    public const int ImEnd = 258;
    public const int FirstWord = 259;

    /// <summary>ChatML as Qwen2.5 uses it, reduced to what a grounded prompt needs.</summary>
    public const string ChatMlTemplate =
        "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}" +
        "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    private readonly List<string> words = [];

    /// <summary>Output words, in id order from <see cref="FirstWord"/>.</summary>
    public IReadOnlyList<string> Words => words;

    /// <summary>Highest id in use plus one.</summary>
    public int Count => FirstWord + words.Count;

    /// <summary>Adds a word the model can emit ("Ġ" marks a leading space) and returns its id.</summary>
    public int AddWord(string text)
    {
        var entry = ByteLevel.Encode(text);
        if (words.Contains(entry)) throw new ArgumentException($"'{text}' is already a word; a bigram chain needs distinct tokens.", nameof(text));
        words.Add(entry);
        return FirstWord + words.Count - 1;
    }

    public JsonObject TokenizerJson()
    {
        var vocab = new JsonObject();
        for (int b = 0; b < 256; b++) vocab[ByteLevel.Char((byte)b).ToString()] = b;
        vocab["<|endoftext|>"] = EndOfText;
        vocab["<|im_start|>"] = ImStart;
        vocab["<|im_end|>"] = ImEnd;
        for (int i = 0; i < words.Count; i++) vocab[words[i]] = FirstWord + i;

        var byteLevel = new JsonObject { ["type"] = "ByteLevel", ["add_prefix_space"] = false, ["trim_offsets"] = true, ["use_regex"] = true };
        return new JsonObject
        {
            ["version"] = "1.0",
            ["truncation"] = null,
            ["padding"] = null,
            ["added_tokens"] = new JsonArray(Special(EndOfText, "<|endoftext|>"), Special(ImStart, "<|im_start|>"), Special(ImEnd, "<|im_end|>")),
            ["normalizer"] = null,
            ["pre_tokenizer"] = byteLevel.DeepClone(),
            ["post_processor"] = null,
            ["decoder"] = byteLevel.DeepClone(),
            ["model"] = new JsonObject
            {
                ["type"] = "BPE",
                ["dropout"] = null,
                ["unk_token"] = null,
                ["continuing_subword_prefix"] = "",
                ["end_of_word_suffix"] = "",
                ["fuse_unk"] = false,
                ["byte_fallback"] = false,
                ["vocab"] = vocab,
                ["merges"] = new JsonArray(),
            },
        };
    }

    public JsonObject TokenizerConfigJson(string? chatTemplate)
    {
        var decoder = new JsonObject();
        foreach (var (id, content) in new[] { (EndOfText, "<|endoftext|>"), (ImStart, "<|im_start|>"), (ImEnd, "<|im_end|>") })
        {
            decoder[id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject { ["content"] = content, ["special"] = true, ["lstrip"] = false, ["rstrip"] = false, ["normalized"] = false, ["single_word"] = false };
        }

        var config = new JsonObject
        {
            ["add_prefix_space"] = false,
            ["added_tokens_decoder"] = decoder,
            ["bos_token"] = null,
            ["eos_token"] = "<|im_end|>",
            ["pad_token"] = "<|endoftext|>",
            ["model_max_length"] = 32768,
            ["tokenizer_class"] = "GPT2Tokenizer",
            ["clean_up_tokenization_spaces"] = false,
        };
        if (chatTemplate is not null) config["chat_template"] = chatTemplate;
        return config;
    }

    private static JsonObject Special(int id, string content) => new()
    {
        ["id"] = id, ["content"] = content, ["single_word"] = false, ["lstrip"] = false,
        ["rstrip"] = false, ["normalized"] = false, ["special"] = true,
    };
}
