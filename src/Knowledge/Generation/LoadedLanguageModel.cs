using System.Text.Json.Nodes;
using Microsoft.ML.OnnxRuntimeGenAI;

namespace Edge.Knowledge.Generation;

/// <summary>
/// The native model and tokenizer, loaded once per process and shared by all requests; each request
/// makes its own generator. GenAI's model and tokenizer are safe to use from several threads.
/// </summary>
internal sealed class LoadedLanguageModel : IDisposable
{
    private LoadedLanguageModel(Model model, Tokenizer tokenizer, ModelFolderFacts facts)
    {
        Model = model;
        Tokenizer = tokenizer;
        Facts = facts;
        Formatter = new ChatPromptFormatter(tokenizer, facts);
    }

    public Model Model { get; }

    public Tokenizer Tokenizer { get; }

    public ModelFolderFacts Facts { get; }

    public ChatPromptFormatter Formatter { get; }

    /// <summary>Loads a validated folder and runs one token through it; throws <see cref="OnnxRuntimeGenAIException"/>.</summary>
    public static LoadedLanguageModel Load(string folder, ModelFolderFacts facts, int? threads)
    {
        using var config = new Config(folder);
        if (threads is { } n)
        {
            var options = new JsonObject { ["intra_op_num_threads"] = n };
            config.Overlay(new JsonObject { ["model"] = new JsonObject { ["decoder"] = new JsonObject { ["session_options"] = options } } }.ToJsonString());
        }

        var model = new Model(config);
        GuardedTokenizer? tokenizer = null;
        try
        {
            tokenizer = new GuardedTokenizer(model);
            var loaded = new LoadedLanguageModel(model, tokenizer, facts);
            loaded.Probe();
            return loaded;
        }
        catch
        {
            // The tokenizer goes first: it is destroyed through the model.
            tokenizer?.Dispose();
            model.Dispose();
            throw;
        }
    }

    public int[] Encode(string text)
    {
        using var sequences = Tokenizer.Encode(text);
        return sequences[0].ToArray();
    }

    public int CountTokens(string text)
    {
        using var sequences = Tokenizer.Encode(text);
        return sequences[0].Length;
    }

    public void Dispose()
    {
        Tokenizer.Dispose();
        Model.Dispose();
    }

    // GenAI checks the graph's input and output names only when the first token is generated, so a
    // mismatched model would load fine and fail every question; one token now makes it a status.
    private void Probe()
    {
        var prompt = Encode("Hi");
        using var parameters = new GeneratorParams(Model);
        parameters.SetSearchOption("max_length", Math.Min(Facts.ContextLength, prompt.Length + 1));
        using var generator = new Generator(Model, parameters);
        generator.AppendTokens(prompt);
        if (!generator.IsDone()) generator.GenerateNextToken();
    }
}
