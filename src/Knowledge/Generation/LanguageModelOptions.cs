using System.ComponentModel.DataAnnotations;

namespace Edge.Knowledge.Generation;

/// <summary>Settings of the optional local language model (bound from <c>Knowledge:LlmModel</c> and friends).</summary>
public sealed class LanguageModelOptions
{
    /// <summary>The ONNX Runtime GenAI model folder; null or empty disables generation.</summary>
    public string? ModelPath { get; set; }

    /// <summary>Token budget for the retrieved passages in the prompt; the question and instructions come on top.</summary>
    [Range(64, 8192)]
    public int MaxPromptTokens { get; set; } = 400;

    /// <summary>Upper bound on generated tokens per answer.</summary>
    [Range(1, 4096)]
    public int MaxNewTokens { get; set; } = 160;

    /// <summary>Wall-clock limit for one answer, prompt processing included.</summary>
    [Range(0.05, 600)]
    public double TimeLimitSeconds { get; set; } = 20;

    /// <summary>How many of the top retrieved passages go into the prompt.</summary>
    [Range(1, 10)]
    public int Passages { get; set; } = 3;

    /// <summary>Intra-op threads for ONNX Runtime; null lets the runtime use every core.</summary>
    [Range(1, 64)]
    public int? Threads { get; set; }
}
