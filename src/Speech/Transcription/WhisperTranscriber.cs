using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Speech.Transcription;

/// <summary>
/// Detection, then Whisper, then the hallucination filter. The model is shared; each request builds
/// its own processor (cheap: Whisper.net allocates the decoding state per run anyway), so requests
/// never share mutable native state, and a semaphore bounds how many run at once on the CPU.
/// </summary>
internal sealed partial class WhisperTranscriber : ISpeechTranscriber, IDisposable
{
    private readonly WhisperModelHost model;
    private readonly IVoiceActivityDetector detector;
    private readonly SpeechOptions options;
    private readonly ILogger logger;
    private readonly SemaphoreSlim slots;
    private readonly HallucinationFilter filter;

    public WhisperTranscriber(
        WhisperModelHost model, IVoiceActivityDetector detector, IOptions<SpeechOptions> options, ILogger<WhisperTranscriber> logger)
    {
        this.model = model;
        this.detector = detector;
        this.options = options.Value;
        this.logger = logger;
        slots = new SemaphoreSlim(this.options.MaxConcurrentTranscriptions);
        filter = new HallucinationFilter(this.options.NoSpeechThreshold, this.options.LogProbThreshold);
    }

    public SpeechModelStatus ModelStatus => model.Status;

    public Task<SpeechModelStatus> LoadModelAsync(CancellationToken cancellationToken = default)
    {
        _ = detector.Load();   // the voice activity model too, so the first question waits for neither
        return model.LoadAsync(cancellationToken);
    }

    public async Task<Transcript> TranscribeAsync(AudioClip clip, SpeechRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clip);
        request ??= new SpeechRequest();
        if (request.Language is not (null or "de" or "en" or "auto"))
        {
            throw new ArgumentException($"Language must be de, en or auto, not '{request.Language}'.", nameof(request));
        }

        var watch = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(options.MaxQuestionSeconds);
        if (clip.Duration > limit)
        {
            throw WavDecoder.TooLong(clip.Duration, limit);
        }

        var (factory, info) = await model.GetAsync(cancellationToken);
        var activity = request.SkipVoiceActivityCheck
            ? new VoiceActivity(true, TimeSpan.Zero, clip.Duration, clip.Duration, double.NaN, "detection skipped")
            : detector.Detect(clip, cancellationToken);
        if (!activity.HasSpeech)
        {
            Log.NoSpeech(logger, (long)clip.Duration.TotalMilliseconds, activity.Reason);
            return Empty(clip, watch, NoSpeechReason.NoVoiceActivity, activity.Reason);
        }

        var speech = activity.Trim(clip);
        await slots.WaitAsync(cancellationToken);
        try
        {
            var audioContext = options.UseShortAudioContext ? AudioContextSizer.For(speech.Duration, info.AudioContext) : 0;
            var language = request.Language ?? options.Language;
            var segments = await RunWhisperAsync(factory, speech, language, request.Vocabulary, audioContext, cancellationToken);
            return Finish(clip, watch, activity, speech, segments, language, audioContext);
        }
        catch (OperationCanceledException)
        {
            Log.TranscriptionCancelled(logger, watch.ElapsedMilliseconds);
            throw;
        }
        finally
        {
            slots.Release();
        }
    }

    private Transcript Finish(
        AudioClip clip, Stopwatch watch, VoiceActivity activity, AudioClip speech, List<TranscriptSegment> raw, string language, int audioContext)
    {
        var kept = new List<TranscriptSegment>(raw.Count);
        foreach (var segment in raw)
        {
            if (filter.Judge(segment) is { } reason)
            {
                Log.SegmentDropped(logger, reason);
                continue;
            }

            kept.Add(segment with
            {
                Start = Clamp(segment.Start + activity.SpeechStart, clip.Duration),
                End = Clamp(segment.End + activity.SpeechStart, clip.Duration),
            });
        }

        var detected = kept.Concat(raw).Select(s => s.Language).FirstOrDefault(l => !string.IsNullOrEmpty(l));
        var spoken = language == "auto" ? detected : detected ?? language;
        Log.Transcribed(logger, (long)clip.Duration.TotalMilliseconds, (long)speech.Duration.TotalMilliseconds, watch.ElapsedMilliseconds, kept.Count, spoken, audioContext);
        if (kept.Count == 0)
        {
            var why = raw.Count == 0 ? NoSpeechReason.EmptyTranscript : NoSpeechReason.RejectedAsHallucination;
            return Empty(clip, watch, why, raw.Count == 0 ? "Whisper returned no text" : $"{raw.Count} segment(s) dropped as hallucination") with { Language = spoken };
        }

        var text = string.Join(' ', kept.Select(s => s.Text));
        Log.TranscriptText(logger, text);
        return new Transcript(text, spoken, kept, clip.Duration, watch.ElapsedMilliseconds, NoSpeechReason.None, activity.Reason);
    }

    private static Transcript Empty(AudioClip clip, Stopwatch watch, NoSpeechReason reason, string detail) =>
        new(string.Empty, null, [], clip.Duration, watch.ElapsedMilliseconds, reason, detail);

    private static TimeSpan Clamp(TimeSpan time, TimeSpan max) => time < TimeSpan.Zero ? TimeSpan.Zero : time > max ? max : time;

    public void Dispose() => slots.Dispose();
}
