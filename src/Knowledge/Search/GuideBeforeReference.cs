using System.Text.RegularExpressions;
using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Search;

/// <summary>
/// A question that names a command and says something about it ("QUERY_ENDSTOPS says open no
/// matter what", "PROBE_ACCURACY zeigt range 0.04") is answered by the guide that uses the
/// command, not by the command's one-line reference entry, which search ranks first because its
/// heading is the command. Unless the question asks what the command is or does, a close guide
/// from another document that uses the command goes first.
/// </summary>
internal static partial class GuideBeforeReference
{
    /// <summary>How far down the ranking a guide is looked for.</summary>
    private const int Window = 2;

    /// <summary>Reorders <paramref name="hits"/> (best first) in place.</summary>
    public static void Apply(List<SearchHit> hits, QueryTerms query, string question)
    {
        if (hits.Count < 2 || AsksWhatItIs().IsMatch(question))
            return;
        var codes = query.Terms.Where(t => t.Weight >= TextAnalysis.CodeWeight).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var heading = hits[0].SectionHeadings.LastOrDefault()?.Trim().ToLowerInvariant();
        if (heading is null || !codes.Contains(heading))
            return;
        var guide = hits.Skip(1).Take(Window).FirstOrDefault(h => h.Document != hits[0].Document && h.Text.Contains(heading, StringComparison.OrdinalIgnoreCase));
        if (guide is null)
            return;
        hits.Remove(guide);
        hits.Insert(0, guide);
    }

    [GeneratedRegex(@"\b(what (is|does|do|are)|was (ist|macht|bedeutet|tut)|wofür|what's|meaning|bedeutung)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhatItIs();
}
