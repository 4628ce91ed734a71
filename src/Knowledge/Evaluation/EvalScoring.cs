namespace Edge.Knowledge.Evaluation;

/// <summary>Aggregates per-question results into the metrics of the evaluation-set README.</summary>
internal static class EvalScoring
{
    /// <summary>Metrics overall, then by language, then by kind.</summary>
    public static IReadOnlyList<EvalMetrics> Summarize(IReadOnlyList<EvalResult> results)
    {
        var metrics = new List<EvalMetrics> { Metrics("all", results) };
        metrics.AddRange(results.GroupBy(r => r.Lang).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Metrics("lang=" + g.Key, [.. g])));
        metrics.AddRange(results.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Metrics("kind=" + g.Key, [.. g])));
        return metrics;
    }

    private static EvalMetrics Metrics(string group, IReadOnlyList<EvalResult> results)
    {
        var answerable = results.Where(r => !r.Unanswerable).ToList();
        var unanswerable = results.Where(r => r.Unanswerable).ToList();
        var paged = answerable.Where(r => r.PageExact is not null).ToList();
        var withFacts = answerable.Where(r => r.FactsTotal > 0).ToList();
        var latencies = results.Select(r => r.LatencyMs).Order().ToList();
        return new EvalMetrics(
            group, results.Count, answerable.Count,
            HitAt1: Share(answerable, r => r.HitRank == 1),
            HitAt5: Share(answerable, r => r.HitRank <= 5),
            Mrr: answerable.Count == 0 ? 0 : answerable.Average(r => r.HitRank is { } rank ? 1.0 / rank : 0),
            PageAccuracy: paged.Count == 0 ? null : Share(paged, r => r.PageExact == true),
            PageAccuracyNear: paged.Count == 0 ? null : Share(paged, r => r.PageNear == true),
            FactRecall: Share(withFacts, r => r.FactsFound == r.FactsTotal),
            FactShare: withFacts.Count == 0 ? 0 : withFacts.Average(r => (double)r.FactsFound / r.FactsTotal),
            DeclineRate: unanswerable.Count == 0 ? null : Share(unanswerable, r => r.Declined),
            FalseDeclineRate: Share(answerable, r => r.Declined),
            LatencyP50Ms: Percentile(latencies, 0.50),
            LatencyP95Ms: Percentile(latencies, 0.95));
    }

    private static double Share<T>(IReadOnlyList<T> items, Func<T, bool> predicate) =>
        items.Count == 0 ? 0 : (double)items.Count(predicate) / items.Count;

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    internal static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
