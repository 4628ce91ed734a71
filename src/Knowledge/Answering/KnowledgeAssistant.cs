using System.Diagnostics;
using Edge.Knowledge.Answering.Extractive;
using Edge.Knowledge.Generation;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Search;
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
    ExtractiveAnswerer extractive,
    IGroundedGenerator generator,
    IOptions<KnowledgeOptions> options,
    IOptions<LanguageModelOptions> llmOptions) : IKnowledgeAssistant
{
    /// <summary>Passages retrieved per question.</summary>
    private const int Passages = 8;

    /// <summary>Citations returned with an answer.</summary>
    private const int MaxCitations = 5;

    public async Task<Answer> AskAsync(Question question, IProgress<string>? partialAnswer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = QueryText.Clean(question.Text);
        var language = question.Language is "de" or "en" ? question.Language : LanguageDetector.Detect(text);
        var collection = question.Collection is null ? null : CollectionName.Normalize(question.Collection);

        var started = Stopwatch.GetTimestamp();
        var hits = searcher.Search(text, Passages, collection, cancellationToken);
        var retrieveMs = Elapsed(started);

        started = Stopwatch.GetTimestamp();
        var signals = gate.Measure(text, hits, collection);
        if (!gate.IsAnswerable(signals))
            return Decline(text, language, retrieveMs, Elapsed(started)) with { Signals = signals };

        var extracted = extractive.Compose(text, language, hits);
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

    private static Answer Decline(string question, string language, long retrieveMs, long answerMs) =>
        new(question, AnswerPhrases.Decline(language), language, false, [], new AnswerTimings(0, retrieveMs, answerMs));

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
