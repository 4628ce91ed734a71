namespace Edge.Knowledge.Answering;

/// <summary>How a collection's manuals match questions they do not answer, and so where its decline line sits.</summary>
/// <param name="Collection">The collection; "*" for all collections together.</param>
/// <param name="English">Relevance of the English calibration questions.</param>
/// <param name="German">Relevance of the German calibration questions.</param>
/// <param name="Questions">Number of calibration questions asked.</param>
/// <param name="CalibratedAtUtc">When it was measured.</param>
public sealed record CollectionCalibration(string Collection, OffTopicRelevance English, OffTopicRelevance German, int Questions, DateTimeOffset CalibratedAtUtc)
{
    /// <summary>The relevance of one language's calibration questions.</summary>
    public OffTopicRelevance For(string language) => language == "de" ? German : English;
}

/// <summary>The relevance (similarity + half the coverage) off-topic questions of one language reach.</summary>
/// <param name="Median">The median.</param>
/// <param name="Percentile90">The 90th percentile.</param>
public sealed record OffTopicRelevance(double Median, double Percentile90)
{
    /// <summary>The line: <see cref="RelevanceOptions.Spreads"/> spreads above the median, within floor and ceiling.</summary>
    public double Line(RelevanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Math.Clamp(Median + options.Spreads * (Percentile90 - Median), options.Floor, Math.Max(options.Floor, options.Ceiling));
    }
}

/// <summary>A decline line as status shows it.</summary>
/// <param name="Collection">The collection ("*" for all).</param>
/// <param name="English">The line for English questions.</param>
/// <param name="German">The line for German questions.</param>
/// <param name="Source">"calibrated" (with the time) or "configured" (Knowledge:Relevance:DeclineBelow).</param>
/// <param name="CalibratedAtUtc">When it was calibrated; null for a configured line.</param>
public sealed record DeclineLine(string Collection, double English, double German, string Source, DateTimeOffset? CalibratedAtUtc = null);
