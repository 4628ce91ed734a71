using System.Text.RegularExpressions;
using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Search;

/// <summary>
/// A section with subsections whose own text is one short sentence — a module's introduction
/// ("The following commands are available when …") — shares the question's words through its
/// heading but has nothing to cite. The first hit with content below it (within two places) moves above it.
/// </summary>
internal static partial class StubsLast
{
    /// <summary>How far below a stub a hit with content is looked for.</summary>
    private const int Window = 2;

    /// <summary>Longest text a stub section may have.</summary>
    private const int MaxStubChars = 200;

    /// <summary>Reorders <paramref name="hits"/> (best first) in place.</summary>
    public static void Apply(List<SearchHit> hits, SearchIndex index)
    {
        for (var i = 0; i + 1 < hits.Count; i++)
        {
            if (!IsStub(hits[i], index))
                continue;
            var content = hits.Skip(i + 1).Take(Window).FirstOrDefault(h => !IsStub(h, index));
            if (content is null)
                continue;
            hits.Remove(content);
            hits.Insert(i, content);
            i++; // the stub, now one place lower, has moved once
        }
    }

    /// <summary>True for a section with subsections whose own text is one chunk of a single short sentence.</summary>
    public static bool IsStub(SearchHit hit, SearchIndex index)
    {
        var section = index.SectionOf(hit.ChunkId);
        return section >= 0 && index.HasSubsections(section) && index.ChunksOf(section).Count == 1
            && hit.Text.Length < MaxStubChars
            && SentenceEnd().Count(hit.Text.Trim()) <= 1;
    }

    // The end of a sentence: . ! ? before the next sentence's capital or the end of the text, so
    // "e.g. the" and "0.5 mm" end nothing.
    [GeneratedRegex(@"[.!?](?=\s+\p{Lu}|\s*$)")]
    private static partial Regex SentenceEnd();
}
