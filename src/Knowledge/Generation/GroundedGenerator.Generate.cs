namespace Edge.Knowledge.Generation;

/// <summary>The synchronous part of a request: prompt, token loop, citation check.</summary>
internal sealed partial class GroundedGenerator
{
    private GroundedGeneration Generate(LoadedLanguageModel model, Request request, Deadline deadline, CancellationToken cancellationToken)
    {
        var prompt = GroundedPrompt.Build(
            request.Question, request.Language, request.Passages, options.Passages, options.MaxPromptTokens, model.CountTokens);
        var promptIds = model.Encode(model.Formatter.Format(prompt.System, prompt.User));
        int room = model.Facts.ContextLength - promptIds.Length;
        if (room < 1)
        {
            throw new ArgumentException($"The prompt ({promptIds.Length} tokens) does not fit the model's context of {model.Facts.ContextLength}.", nameof(request));
        }

        var run = TokenGenerationLoop.Run(
            model, promptIds, Math.Min(options.MaxNewTokens, room), deadline, PartialReporter(request.Partial), cancellationToken);
        var check = CitationCheck.Check(run.Text, prompt.Sources);
        var result = new GroundedGeneration(
            SourceIds.Remove(run.Text), check.Citations, check.Outcome, run.StopReason,
            promptIds.Length, run.GeneratedTokens, run.TimeToFirstTokenMs, deadline.ElapsedMs)
        {
            RawText = run.Text,
            Sources = prompt.Sources,
        };

        GenerationLog.Generated(logger, result.GeneratedTokens, result.PromptTokens, result.Outcome, result.StopReason, result.TimeToFirstTokenMs, result.TotalMs);
        GenerationLog.GeneratedText(logger, run.Text);
        return result;
    }

    // Partials show what the final text will show; a token that only adds to a hidden id reports nothing.
    private static Action<string>? PartialReporter(IProgress<string>? partial)
    {
        if (partial is null) return null;
        var answer = new PartialAnswer();
        return piece =>
        {
            if (answer.Append(piece) is { } shown) partial.Report(shown);
        };
    }
}
