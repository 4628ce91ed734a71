using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Search;

/// <summary>
/// When a section and one of its own subsections score almost alike, the subsection is cited
/// first: its section path names the parent too, so the citation loses nothing and points at the
/// exact place ("Why did I get a TMC error? › … ot=1(OvertempError!)" rather than the overview).
/// </summary>
internal static class SpecificFirst
{
    /// <summary>Share of the parent's score a subsection may fall short of and still go first.</summary>
    private const double Tolerance = 0.03;

    /// <summary>How far down the ranking a subsection is looked for.</summary>
    private const int Window = 3;

    /// <summary>Reorders <paramref name="hits"/> (best first) in place.</summary>
    public static void Apply(List<SearchHit> hits)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            var parent = hits[i];
            var child = hits.Skip(i + 1).Take(Window)
                .FirstOrDefault(h => IsInside(h, parent) && h.Score >= parent.Score * (1 - Tolerance));
            if (child is null)
                continue;
            hits.Remove(child);
            hits.Insert(i, child);
        }
    }

    private static bool IsInside(SearchHit child, SearchHit parent) =>
        child.Document == parent.Document
        && child.SectionHeadings.Count > parent.SectionHeadings.Count
        && parent.SectionHeadings.Count > 0
        && parent.SectionHeadings.SequenceEqual(child.SectionHeadings.Take(parent.SectionHeadings.Count));
}
