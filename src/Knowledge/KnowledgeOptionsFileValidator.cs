using Microsoft.Extensions.Options;

namespace Edge.Knowledge;

/// <summary>Checks the files that options point to, so a wrong path stops the agent at start-up with the key named.</summary>
internal sealed class KnowledgeOptionsFileValidator : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.EmbeddingModel) && !File.Exists(options.EmbeddingModel))
            failures.Add($"Knowledge:EmbeddingModel: file not found: {options.EmbeddingModel}");
        if (!string.IsNullOrWhiteSpace(options.GlossaryFile) && !File.Exists(options.GlossaryFile))
            failures.Add($"Knowledge:GlossaryFile: file not found: {options.GlossaryFile}");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
