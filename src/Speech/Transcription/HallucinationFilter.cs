using System.Text;

namespace Edge.Speech.Transcription;

/// <summary>
/// Drops segments Whisper invents on silence or noise: its own no-speech rule (high no-speech
/// probability together with a low average log-probability), annotations such as "[Music]", and the
/// subtitle credits it learned from film soundtracks when they come with low confidence.
/// </summary>
internal sealed class HallucinationFilter(double noSpeechThreshold, double logProbThreshold)
{
    private static readonly string[] KnownPhrases =
    [
        "thank you", "thank you very much", "thanks for watching", "thank you for watching",
        "please subscribe", "subscribe to my channel", "bye", "you", "so",
        "vielen dank", "danke", "danke schön", "vielen dank fürs zuschauen", "danke fürs zuschauen",
        "bis zum nächsten mal", "tschüss", "untertitel im auftrag des zdf", "untertitelung des zdf",
        "untertitel der amara org community", "untertitel von stephanie geiges", "copyright wdr",
    ];

    /// <summary>Why the segment should be dropped, or null to keep it.</summary>
    public string? Judge(TranscriptSegment segment)
    {
        if (IsAnnotation(segment.Text.Trim()))
        {
            return $"non-speech annotation \"{segment.Text.Trim()}\"";
        }

        var text = Normalize(segment.Text);
        if (text.Length == 0)
        {
            return "empty text";
        }

        if (segment.NoSpeechProbability >= noSpeechThreshold && segment.AverageLogProbability <= logProbThreshold)
        {
            return $"no-speech probability {segment.NoSpeechProbability:0.00} with log-probability {segment.AverageLogProbability:0.00}";
        }

        // Known phrases are real sentences too ("Vielen Dank."), so only doubtful ones are dropped.
        var doubtful = segment.NoSpeechProbability >= noSpeechThreshold / 2 || segment.AverageLogProbability <= logProbThreshold / 2;
        var known = KnownPhrases.Any(p => text == p || (p.Length > 12 && text.StartsWith(p, StringComparison.Ordinal)));
        return known && doubtful ? $"known hallucination \"{segment.Text.Trim()}\" with low confidence" : null;
    }

    private static bool IsAnnotation(string text) =>
        text.Length >= 3 && ((text[0] == '[' && text[^1] == ']') || (text[0] == '(' && text[^1] == ')') || (text[0] == '*' && text[^1] == '*') || (text[0] == '♪'));

    // Lower case, letters and digits only, single spaces: "Thank you for watching!" → "thank you for watching".
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
