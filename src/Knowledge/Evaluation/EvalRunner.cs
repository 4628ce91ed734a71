using System.Diagnostics;
using Edge.Knowledge.Answering;
using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Evaluation;

/// <summary>
/// Runs an evaluation set against the knowledge base, so a plant can measure its own manuals:
/// retrieval is scored on the ranked distinct places search returns (top 10), answers on the
/// assistant's reply (facts contained, declines).
/// </summary>
public sealed class EvalRunner(IKnowledgeBase knowledge, IKnowledgeAssistant assistant)
{
    private const int RankDepth = 10;

    /// <summary>Evaluates every question; <paramref name="progress"/> gets each result as it is done.</summary>
    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalQuestion> questions, string? collection, IProgress<EvalResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new List<EvalResult>(questions.Count);
        foreach (var question in questions)
        {
            var result = await EvaluateAsync(question, collection, cancellationToken);
            results.Add(result);
            progress?.Report(result);
        }
        return new EvalReport(EvalScoring.Summarize(results), results);
    }

    /// <summary>Evaluates several sets, each against its own collection, and their macro average.</summary>
    public async Task<EvalSuiteReport> RunAsync(IReadOnlyList<EvalSet> sets, IProgress<(EvalSet Set, EvalResult Result)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var reports = new List<EvalSetReport>(sets.Count);
        foreach (var set in sets)
        {
            var perQuestion = progress is null ? null : new ForwardingProgress(result => progress.Report((set, result)));
            var report = await RunAsync(set.Questions, set.Collection, perQuestion, cancellationToken);
            reports.Add(new EvalSetReport(set.Name, set.Collection, set.File, report));
        }
        return new EvalSuiteReport(reports, EvalScoring.MacroAverage([.. reports.Select(r => r.Report)]));
    }

    /// <summary>Reports synchronously, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class ForwardingProgress(Action<EvalResult> report) : IProgress<EvalResult>
    {
        public void Report(EvalResult value) => report(value);
    }

    private async Task<EvalResult> EvaluateAsync(EvalQuestion question, string? collection, CancellationToken cancellationToken)
    {
        var places = knowledge.Search(question.Question, RankDepth * 2, collection, cancellationToken)
            .DistinctBy(h => (h.Document, h.Section, h.Page)).Take(RankDepth).ToList();
        var rank = places.FindIndex(h => IsHit(h, question)) is var i and >= 0 ? i + 1 : (int?)null;
        var page = rank is { } r ? PageCheck(places[r - 1], question) : (null, null);

        var started = Stopwatch.GetTimestamp();
        var answer = await assistant.AskAsync(new Question(question.Question, collection), cancellationToken: cancellationToken);
        var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        var normalizedAnswer = EvalText.Normalize(answer.Text);
        var found = question.Facts.Count(f => normalizedAnswer.Contains(EvalText.Normalize(f), StringComparison.Ordinal));
        var top = answer.Citations.FirstOrDefault();
        return new EvalResult(question.Id, question.Lang, question.Kind, question.Unanswerable, rank, page.Exact, page.Near,
            found, question.Facts.Count, !answer.Grounded, Math.Round(latency, 1), answer.Text,
            top is null ? null : $"{top.Document} › {top.Section}" + (top.Page is { } p ? $" (p. {p})" : ""),
            Math.Round(answer.Signals?.Similarity ?? 0, 3), Math.Round(answer.Signals?.Coverage ?? 0, 3), Math.Round(answer.Signals?.Unknown ?? 0, 3),
            answer.Signals?.UnknownWords ?? []);
    }

    private static bool IsHit(SearchHit hit, EvalQuestion question) => question.Expected.Any(e =>
        string.Equals(e.Document, hit.Document, StringComparison.Ordinal) &&
        hit.SectionHeadings.Any(h => EvalText.Normalize(h) == EvalText.Normalize(e.Section)));

    private static (bool? Exact, bool? Near) PageCheck(SearchHit hit, EvalQuestion question)
    {
        var expected = question.Expected.FirstOrDefault(e => e.Page is not null && e.Document == hit.Document
            && hit.SectionHeadings.Any(h => EvalText.Normalize(h) == EvalText.Normalize(e.Section)));
        if (expected?.Page is not { } page || hit.Page is not { } cited)
            return (null, null);
        return (cited == page, Math.Abs(cited - page) <= 1);
    }
}
