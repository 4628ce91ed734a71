using System.Text;

namespace Edge.Speech;

/// <summary>
/// Words Whisper should expect — machine names, alarm codes, part names — turned into its initial
/// prompt. Whisper reads at most half its text context (224 tokens) of prompt, and a long prompt
/// costs decode time, so terms are added in the given order (most important first) until about
/// <see cref="MaxPromptTokens"/> tokens' worth of text; duplicates and blank terms are skipped.
/// </summary>
public sealed class SpeechVocabulary
{
    /// <summary>The prompt budget in (estimated) Whisper tokens.</summary>
    public const int MaxPromptTokens = 200;

    private const int MaxTermLength = 64;

    /// <summary>Builds the prompt from terms in priority order.</summary>
    public SpeechVocabulary(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var kept = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tokens = 0;
        foreach (var raw in terms)
        {
            var term = string.Join(' ', (raw ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (term.Length is 0 or > MaxTermLength || !seen.Add(term))
            {
                continue;
            }

            var cost = EstimateTokens(term) + 1;   // plus the separating comma
            if (tokens + cost > MaxPromptTokens)
            {
                break;
            }

            tokens += cost;
            kept.Add(term);
        }

        Terms = kept;
        EstimatedTokens = tokens;
        Prompt = kept.Count == 0 ? string.Empty : string.Join(", ", kept) + ".";
    }

    /// <summary>A vocabulary without terms (no prompt).</summary>
    public static SpeechVocabulary Empty { get; } = new([]);

    /// <summary>The terms that fitted into the prompt, in order.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The initial prompt passed to Whisper; empty when there are no terms.</summary>
    public string Prompt { get; }

    /// <summary>Estimated token count of <see cref="Prompt"/>.</summary>
    public int EstimatedTokens { get; }

    // Whisper's byte-level BPE averages about 4 bytes a token on English and fewer on German,
    // codes and digits; three UTF-8 bytes a token (rounded up per word) errs on the safe side.
    internal static int EstimateTokens(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Sum(word => (Encoding.UTF8.GetByteCount(word) + 2) / 3);
}
