using System.Text;
using Microsoft.ML.OnnxRuntimeGenAI;

namespace Edge.Knowledge.Generation;

/// <summary>The text of one generation and why it ended.</summary>
internal sealed record GenerationRun(string Text, GenerationStopReason StopReason, int GeneratedTokens, long? TimeToFirstTokenMs);

/// <summary>
/// The greedy token loop over one GenAI generator, with the limits checked between steps. Blocking:
/// the caller runs it off the request thread.
/// </summary>
internal static class TokenGenerationLoop
{
    // Prompt tokens are fed in slices so a cancel or the time limit interrupts a long prefill
    // (about a second on a Pi 5) instead of waiting for it.
    private const int PrefillSlice = 128;

    public static GenerationRun Run(
        LoadedLanguageModel model,
        int[] promptIds,
        int maxNewTokens,
        Deadline deadline,
        Action<string>? onPiece,
        CancellationToken cancellationToken)
    {
        using var parameters = new GeneratorParams(model.Model);
        parameters.SetSearchOption("max_length", promptIds.Length + maxNewTokens);
        using var generator = new Generator(model.Model, parameters);
        var text = new StringBuilder();
        long? firstTokenMs = null;

        for (int start = 0; start < promptIds.Length; start += PrefillSlice)
        {
            if (Interrupted(deadline, cancellationToken) is { } early) return new(text.ToString(), early, 0, null);
            generator.AppendTokens(promptIds.AsSpan(start, Math.Min(PrefillSlice, promptIds.Length - start)));
        }

        using var stream = model.Tokenizer.CreateStream();
        int length = promptIds.Length, generated = 0, steps = 0;
        GenerationStopReason reason;
        while (true)
        {
            // Steps bound the loop too, in case a step ever neither grows the sequence nor ends it.
            if (generated >= maxNewTokens || steps++ > maxNewTokens) { reason = GenerationStopReason.MaxTokens; break; }
            if (Interrupted(deadline, cancellationToken) is { } stop) { reason = stop; break; }
            if (generator.IsDone()) { reason = GenerationStopReason.Eos; break; }

            generator.GenerateNextToken();

            // EOS is not appended to the sequence: only a grown sequence carries a new token, and
            // decoding the last token otherwise would repeat it.
            var sequence = generator.GetSequence(0);
            if (sequence.Length == length) continue;
            length = sequence.Length;
            generated++;
            firstTokenMs ??= deadline.ElapsedMs;
            var piece = stream.Decode(sequence[^1]);
            text.Append(piece);
            onPiece?.Invoke(piece);
        }

        return new(text.ToString(), reason, generated, firstTokenMs);
    }

    private static GenerationStopReason? Interrupted(Deadline deadline, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? GenerationStopReason.Cancelled
        : deadline.IsPast ? GenerationStopReason.TimeLimit
        : null;
}
