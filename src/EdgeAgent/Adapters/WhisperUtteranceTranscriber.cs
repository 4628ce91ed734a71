using System.Runtime.InteropServices;
using Edge.Agent.Options;
using Edge.Agent.Pipeline;
using Edge.Knowledge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Adapters;

/// <summary>
/// The pipeline's speech-to-text over the speech library's Whisper transcriber, prompted with the
/// plant's vocabulary of the configured collection (<c>Agent:Collection</c>). Language comes from
/// <c>Speech:Language</c>. Silence, noise and Whisper's hallucinations come back as <see cref="Transcription.NoSpeech"/>.
/// </summary>
internal sealed class WhisperUtteranceTranscriber(
    Speech.ISpeechTranscriber speech, IKnowledgeBase knowledge, IOptions<AgentOptions> options, ILogger<WhisperUtteranceTranscriber> logger)
    : IUtteranceTranscriber
{
    /// <inheritdoc />
    public async Task<Transcription> TranscribeAsync(Utterance utterance, CancellationToken cancellationToken = default)
    {
        var request = new Speech.SpeechRequest { Vocabulary = PlantPrompt.For(knowledge, options.Value.Collection, logger) };
        Speech.Transcript transcript;
        try
        {
            transcript = await speech.TranscribeAsync(ToClip(utterance), request, cancellationToken);
        }
        catch (Speech.SpeechUnavailableException ex)
        {
            throw new SpeechUnavailableException(ex.Message, ex);
        }
        if (!transcript.HasSpeech)
        {
            Log.NoSpeechRecognised(logger, transcript.NoSpeech.ToString(), transcript.Detail ?? "");
            return Transcription.NoSpeech;
        }
        return new Transcription(transcript.Text, transcript.Language,
            [.. transcript.Segments.Select(s => new TranscriptSegment(s.Start, s.End, s.Text, s.Probability, s.NoSpeechProbability))]);
    }

    /// <summary>The utterance as a clip; the samples are shared, not copied, when they fill their array.</summary>
    internal static Speech.AudioClip ToClip(Utterance utterance)
    {
        if (utterance.SampleRate != Speech.AudioClip.SampleRate)
            throw new ArgumentException($"utterances must be {Speech.AudioClip.SampleRate} Hz, not {utterance.SampleRate} Hz", nameof(utterance));
        var samples = MemoryMarshal.TryGetArray(utterance.Samples, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : utterance.Samples.ToArray();
        return new Speech.AudioClip(samples, new Speech.AudioSourceInfo("float 32-bit", Speech.AudioClip.SampleRate, 1, "microphone"));
    }
}
