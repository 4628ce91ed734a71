using Whisper.net;

namespace Edge.Speech.Transcription;

/// <summary>Building the Whisper processor for one request and mapping its segments.</summary>
internal sealed partial class WhisperTranscriber
{
    private async Task<List<TranscriptSegment>> RunWhisperAsync(
        WhisperFactory factory, AudioClip speech, string language, SpeechVocabulary? vocabulary, int audioContext,
        CancellationToken cancellationToken)
    {
        var builder = factory.CreateBuilder()
            .WithThreads(options.Threads > 0 ? options.Threads : Math.Clamp(Environment.ProcessorCount, 1, 4))
            .WithNoSpeechThreshold((float)options.NoSpeechThreshold)
            .WithLogProbThreshold((float)options.LogProbThreshold)
            .WithProbabilities();
        builder = language == "auto" ? builder.WithLanguageDetection() : builder.WithLanguage(language);
        if (!options.TemperatureFallback)
        {
            builder = builder.WithTemperatureInc(0);
        }

        if (audioContext > 0)
        {
            builder = builder.WithAudioContextSize(audioContext);
        }

        if (!string.IsNullOrEmpty(vocabulary?.Prompt))
        {
            builder = builder.WithPrompt(vocabulary.Prompt);
        }

        var segments = new List<TranscriptSegment>();
        await using var processor = builder.Build();
        await foreach (var segment in processor.ProcessAsync(speech.Samples, cancellationToken))
        {
            segments.Add(Map(segment));
        }

        return segments;
    }

    private static TranscriptSegment Map(SegmentData segment)
    {
        // Special tokens ([_BEG_], timestamps) say nothing about how sure the text is.
        var text = segment.Tokens.Where(t => !(t.Text?.StartsWith("[_", StringComparison.Ordinal) ?? true)).ToList();
        var logProbability = text.Count == 0 ? 0 : text.Average(t => (double)t.ProbabilityLog);
        return new TranscriptSegment(
            segment.Start, segment.End, segment.Text?.Trim() ?? string.Empty, segment.Language,
            segment.Probability, segment.NoSpeechProbability, logProbability);
    }
}
