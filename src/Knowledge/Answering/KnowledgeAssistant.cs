using System.Diagnostics;
using Edge.Knowledge.Answering.Extractive;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Search;

namespace Edge.Knowledge.Answering;

/// <summary>
/// Question in, cited answer out: clean and check the question, detect its language, search,
/// decline when the manuals do not cover it, otherwise compose the answer from the best passages.
/// </summary>
internal sealed class KnowledgeAssistant(HybridSearcher searcher, RelevanceGate gate, ExtractiveAnswerer extractive) : IKnowledgeAssistant
{
    /// <summary>Passages retrieved per question.</summary>
    private const int Passages = 8;

    /// <summary>Citations returned with an answer.</summary>
    private const int MaxCitations = 5;

    public Task<Answer> AskAsync(Question question, IProgress<string>? partialAnswer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = QueryText.Clean(question.Text);
        var language = question.Language is "de" or "en" ? question.Language : LanguageDetector.Detect(text);
        var collection = question.Collection is null ? null : CollectionName.Normalize(question.Collection);

        var started = Stopwatch.GetTimestamp();
        var hits = searcher.Search(text, Passages, collection, cancellationToken);
        var retrieveMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        started = Stopwatch.GetTimestamp();
        var signals = gate.Measure(text, hits);
        Answer answer;
        if (!gate.IsAnswerable(signals))
        {
            answer = Decline(text, language, retrieveMs, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        else
        {
            var body = extractive.Compose(text, language, hits);
            answer = new Answer(text, body, language, true, Citations(hits), new AnswerTimings(0, retrieveMs, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
        return Task.FromResult(answer with { Signals = signals });
    }

    private static Answer Decline(string question, string language, long retrieveMs, long answerMs) =>
        new(question, AnswerPhrases.Decline(language), language, false, [], new AnswerTimings(0, retrieveMs, answerMs));

    /// <summary>Distinct places, best first: two chunks of the same section and page are one citation.</summary>
    internal static IReadOnlyList<Citation> Citations(IReadOnlyList<SearchHit> hits) =>
        [.. hits.DistinctBy(h => (h.Document, h.Section, h.Page))
            .Take(MaxCitations)
            .Select(h => new Citation(h.Document, h.Title, h.Section, h.Page, h.Score))];
}
