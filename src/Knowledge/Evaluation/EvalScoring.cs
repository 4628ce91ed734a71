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

    /// <summary>
    /// Each group's metrics averaged over the reports that have the group ("all", each language,
    /// each kind); counts are summed. Rates a set cannot have (page accuracy without PDF hits, the
    /// decline rate without unanswerable questions) are averaged over the sets that have them.
    /// </summary>
    public static IReadOnlyList<EvalMetrics> MacroAverage(IReadOnlyList<EvalReport> reports)
    {
        var groups = reports.SelectMany(r => r.Metrics).GroupBy(m => m.Group, StringComparer.Ordinal);
        return [.. groups.Select(g => new EvalMetrics(
            g.Key, g.Sum(m => m.Questions), g.Sum(m => m.Answerable),
            g.Average(m => m.HitAt1), g.Average(m => m.HitAt5), g.Average(m => m.Mrr),
            Mean(g.Select(m => m.PageAccuracy)), Mean(g.Select(m => m.PageAccuracyNear)),
            g.Average(m => m.FactRecall), g.Average(m => m.FactShare),
            Mean(g.Select(m => m.DeclineRate)), g.Average(m => m.FalseDeclineRate),
            g.Average(m => m.LatencyP50Ms), g.Average(m => m.LatencyP95Ms)))];
    }

    private static double? Mean(IEnumerable<double?> values)
    {
        var present = values.OfType<double>().ToList();
        return present.Count == 0 ? null : present.Average();
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
