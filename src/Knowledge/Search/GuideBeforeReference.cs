using System.Text.RegularExpressions;
using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Search;

/// <summary>
/// A question that names a command and says something about it ("QUERY_ENDSTOPS says open no
/// matter what", "PROBE_ACCURACY zeigt range 0.04") is answered by the guide that uses the
/// command, not by the command's one-line reference entry, which search ranks first because its
/// heading is the command. Unless the question asks what the command itself is or does, a close
/// guide from another document that uses the command goes first.
/// </summary>
internal static partial class GuideBeforeReference
{
    /// <summary>How far down the ranking a guide is looked for.</summary>
    private const int Window = 2;

    /// <summary>Share of the reference entry's score a guide must reach to count as close.</summary>
    private const double CloseShare = 0.85;

    /// <summary>Reorders <paramref name="hits"/> (best first) in place.</summary>
    public static void Apply(List<SearchHit> hits, QueryTerms query, string question)
    {
        if (hits.Count < 2)
            return;
        var codes = query.Terms.Where(t => t.Weight >= TextAnalysis.CodeWeight).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        if (AsksWhatItIs().Matches(question).Any(m => codes.Contains(m.Groups["code"].Value.ToLowerInvariant())))
            return;
        var heading = hits[0].SectionHeadings.LastOrDefault()?.Trim().ToLowerInvariant();
        if (heading is null || !codes.Contains(heading))
            return;
        var guide = hits.Skip(1).Take(Window).FirstOrDefault(h => h.Document != hits[0].Document
            && h.Score >= CloseShare * hits[0].Score && h.Text.Contains(heading, StringComparison.OrdinalIgnoreCase));
        if (guide is null)
            return;
        hits.Remove(guide);
        hits.Insert(0, guide);
    }

    // "What does QUERY_ENDSTOPS do?", "Was macht G28?", "Wofür ist M84?": the command itself is asked about.
    // "SCREWS_TILT_CALCULATE says … What does that mean?" asks about its output, not about it.
    [GeneratedRegex(@"\b(what(?:'s| is| does| do| are)|was (?:ist|macht|bedeutet|tut)|wofür (?:ist|steht)|wozu (?:ist|dient))\s+(?:the |der |die |das |command |befehl )?(?<code>[\w.=\-]+)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex AsksWhatItIs();
}
