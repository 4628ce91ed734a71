using Edge.Knowledge.Answering;
using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Generation;

/// <summary>
/// Maps the source ids in a generated answer back to the passages of the prompt and judges whether
/// the answer is grounded. Declining wins over everything, an invented id over valid ones.
/// </summary>
internal static class CitationCheck
{
    private static readonly string[] DeclinePhrases =
    [
        GroundedInstructions.DeclineEnglish, GroundedInstructions.DeclineGerman,
        "I don't know", "I do not know", "weiß ich nicht", "weiss ich nicht",
    ];

    public static CitationCheckResult Check(string answer, IReadOnlyList<SearchHit> sources)
    {
        if (string.IsNullOrWhiteSpace(answer)) return new(CitationOutcome.Empty, [], []);

        var normalized = answer.Replace('\u2019', '\'');
        if (DeclinePhrases.Any(phrase => normalized.Contains(phrase, StringComparison.OrdinalIgnoreCase)))
        {
            return new(CitationOutcome.Declined, [], []);
        }

        var cited = SourceIds.Find(answer).Distinct().ToList();
        var unknown = cited.Where(n => n < 1 || n > sources.Count).ToList();
        var citations = cited.Except(unknown).Select(n => ToCitation(sources[n - 1])).ToList();
        var outcome = unknown.Count > 0 ? CitationOutcome.UnknownId
            : citations.Count > 0 ? CitationOutcome.Valid
            : CitationOutcome.NoCitation;
        return new(outcome, citations, unknown);
    }

    private static Citation ToCitation(SearchHit hit) => new(hit.Document, hit.Title, hit.Section, hit.Page, hit.Score);
}
