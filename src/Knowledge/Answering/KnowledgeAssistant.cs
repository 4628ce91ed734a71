using System.Diagnostics;
using Edge.Knowledge.Answering.Extractive;
using Edge.Knowledge.Generation;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Answering;

/// <summary>
/// Question in, cited answer out: clean and check the question, detect its language, search,
/// decline when the manuals do not cover it, otherwise compose the extractive answer and, when
/// the answer mode asks for it and a model is usable, let the language model phrase it from the
/// same passages. A generated answer that cites nothing it was given is replaced by the
/// extractive one, and the answer says why.
/// </summary>
internal sealed class KnowledgeAssistant(
    HybridSearcher searcher,
    RelevanceGate gate,
    DeclineCalibration calibration,
    ExtractiveAnswerer extractive,
    IGroundedGenerator generator,
    IOptions<KnowledgeOptions> options,
    IOptions<LanguageModelOptions> llmOptions,
    IOptions<RelevanceOptions> relevance,
    ILogger<KnowledgeAssistant> logger) : IKnowledgeAssistant
{
    /// <summary>Closest places offered with a decline.</summary>
    private const int MaxRelated = 3;

    /// <summary>Passages retrieved per question.</summary>
    private const int Passages = 8;

    /// <summary>Citations returned with an answer.</summary>
    private const int MaxCitations = 5;

    public async Task<Answer> AskAsync(Question question, IProgress<string>? partialAnswer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var analyzed = searcher.Analyze(question.Text);
        var text = analyzed.Text;
        // Whisper's language, when it heard one, frames the answer; otherwise the question's own.
        var language = question.Language is "de" or "en" ? question.Language : analyzed.Language;
        var collection = question.Collection is null ? null : CollectionName.Normalize(question.Collection);

        var started = Stopwatch.GetTimestamp();
        var hits = searcher.Search(analyzed, Passages, collection, cancellationToken);
        var retrieveMs = Elapsed(started);

        started = Stopwatch.GetTimestamp();
        var signals = gate.Measure(analyzed, hits, collection);
        var (line, source) = DeclineLine(collection, language, cancellationToken);
        var answerable = RelevanceGate.IsAnswerable(signals, line);
        Log.RelevanceDecision(logger, collection ?? DeclineCalibration.AllCollections, language, answerable ? "answer" : "decline",
            RelevanceGate.Relevance(signals), signals.Similarity, signals.Coverage, signals.Unknown, signals.MissingCode, line, source);
        if (!answerable)
            return Decline(text, language, hits, retrieveMs, Elapsed(started)) with { Signals = signals };

        var extracted = extractive.Compose(analyzed, language, hits);
        var answer = new Answer(text, extracted.Text, language, true, Citations(hits, extracted.Source), new AnswerTimings(0, retrieveMs, 0))
        {
            Signals = signals,
        };
        answer = await WithLanguageModelAsync(answer, hits, partialAnswer, cancellationToken);
        return answer with { Timings = answer.Timings with { AnswerMs = Elapsed(started) } };
    }

    private async Task<Answer> WithLanguageModelAsync(Answer extracted, IReadOnlyList<SearchHit> hits, IProgress<string>? partialAnswer, CancellationToken cancellationToken)
    {
        var mode = options.Value.AnswerMode;
        if (mode == AnswerModes.Extractive)
            return extracted;
        if (!generator.Status.IsUsable)
            return mode == AnswerModes.Llm ? AnswerFallbackPolicy.Unusable(extracted, failed: false) : extracted;
        try
        {
            var passages = hits.Take(llmOptions.Value.Passages).ToList();
            var generation = await generator.GenerateAsync(extracted.Question, extracted.Language, passages, partialAnswer, cancellationToken);
            return AnswerFallbackPolicy.Choose(extracted, generation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return AnswerFallbackPolicy.Unusable(extracted, failed: true);
        }
    }

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    /// <summary>The configured fixed line, or the collection's calibrated one for the question's language.</summary>
    private (double Line, string Source) DeclineLine(string? collection, string language, CancellationToken cancellationToken)
    {
        if (relevance.Value.DeclineBelow is { } fixedLine)
            return (fixedLine, "configured");
        return (calibration.For(collection, cancellationToken).For(language).Line(relevance.Value), "calibrated");
    }

    /// <summary>
    /// The decline: nothing is cited, but the closest places are named as pointers, so the
    /// technician can still look ("I am not sure the manuals cover that; the closest is …").
    /// </summary>
    private static Answer Decline(string question, string language, IReadOnlyList<SearchHit> hits, long retrieveMs, long answerMs)
    {
        var related = Citations(hits).Take(MaxRelated).ToList();
        return new Answer(question, AnswerPhrases.Decline(language, related.FirstOrDefault()), language, false, [], new AnswerTimings(0, retrieveMs, answerMs))
        {
            Related = related,
        };
    }

    /// <summary>
    /// Distinct places, the answer's own source first, then by search rank: two chunks of the same
    /// section and page are one citation.
    /// </summary>
    internal static IReadOnlyList<Citation> Citations(IReadOnlyList<SearchHit> hits, SearchHit? source = null) =>
        [.. (source is null ? hits : hits.Where(h => h == source).Concat(hits.Where(h => h != source)))
            .DistinctBy(h => (h.Document, h.Section, h.Page))
            .Take(MaxCitations)
            .Select(h => new Citation(h.Document, h.Title, h.Section, h.Page, h.Score))];
}
