namespace Edge.Knowledge.Generation;

/// <summary>What validation learned about a model folder and the generator needs later.</summary>
/// <param name="ModelType">genai_config.json model.type, e.g. "qwen2", "llama", "phi3".</param>
/// <param name="ContextLength">Longest sequence (prompt plus answer) the model accepts.</param>
/// <param name="VocabSize">Rows of the model's output layer.</param>
/// <param name="ChatTemplate">The Jinja chat template from tokenizer_config.json, if any.</param>
internal sealed record ModelFolderFacts(string ModelType, int ContextLength, int VocabSize, string? ChatTemplate);

/// <summary>A model folder failed a check; the message is the one-line status reason.</summary>
internal sealed class ModelFolderException(string reason) : Exception(reason);
