using Microsoft.Extensions.Logging;

namespace Edge.Knowledge.Generation;

/// <summary>Log messages of the language-model generator; answers and prompts only at Trace.</summary>
internal static partial class GenerationLog
{
    [LoggerMessage(4100, LogLevel.Information, "Language model {State} at {Path}: {Reason}")]
    public static partial void ModelStatus(ILogger logger, LanguageModelState state, string path, string reason);

    [LoggerMessage(4101, LogLevel.Information, "Language model loaded from {Path} in {ElapsedMs} ms")]
    public static partial void ModelLoaded(ILogger logger, string path, long elapsedMs);

    [LoggerMessage(4102, LogLevel.Information,
        "Generated {GeneratedTokens} tokens from {PromptTokens} prompt tokens: {Outcome}, stopped by {StopReason}, first token {FirstTokenMs} ms, total {TotalMs} ms")]
    public static partial void Generated(ILogger logger, int generatedTokens, int promptTokens, CitationOutcome outcome, GenerationStopReason stopReason, long? firstTokenMs, long totalMs);

    [LoggerMessage(4103, LogLevel.Trace, "Generated answer: {Text}")]
    public static partial void GeneratedText(ILogger logger, string text);

    [LoggerMessage(4104, LogLevel.Warning, "Generation failed after {TotalMs} ms")]
    public static partial void GenerationFailed(ILogger logger, Exception exception, long totalMs);
}
