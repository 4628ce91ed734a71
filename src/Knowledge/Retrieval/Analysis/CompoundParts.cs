namespace Edge.Knowledge.Retrieval;

/// <summary>Keeps the compound parts that really make up a German compound.</summary>
/// <remarks>
/// Lucene's dictionary filter reports every dictionary word found anywhere inside a token, so
/// "Montage" would yield "tage" and "Kühlmittel" both "kuhl" and "mittel". A split is accepted only
/// when the parts cover the word from its first letter, leaving at most a linking element
/// ("s", "en", "er") between parts and a stemming remainder at the end; then parts that lie inside
/// a longer part are dropped, so "Kühlmittelpumpe" gives "kuhlmittel" and "pump".
/// </remarks>
internal static class CompoundParts
{
    /// <summary>Longest uncovered run allowed between or after parts: the Fugen-s/-en/-er, or a stem remainder.</summary>
    private const int MaxGap = 3;

    /// <summary>The accepted parts of <paramref name="compound"/> among the dictionary hits <paramref name="candidates"/>.</summary>
    public static string[] Select(string compound, List<string> candidates)
    {
        // A part that is the whole word less a stemming remainder ("achs" in "achse") is no split.
        candidates.RemoveAll(part => part.Length >= compound.Length - 2 && compound.StartsWith(part, StringComparison.Ordinal));
        candidates.RemoveAll(part => part.Length >= compound.Length || part.Length < 2);
        if (candidates.Count == 0 || !Covers(compound, candidates))
        {
            return [];
        }

        var kept = new List<string>(candidates.Count);
        foreach (var part in candidates)
        {
            if (!kept.Contains(part) && !candidates.Exists(other => other.Length > part.Length && other.Contains(part, StringComparison.Ordinal)))
            {
                kept.Add(part);
            }
        }

        return [.. kept];
    }

    private static bool Covers(string compound, List<string> parts)
    {
        Span<bool> covered = compound.Length <= 256 ? stackalloc bool[compound.Length] : new bool[compound.Length];
        foreach (var part in parts)
        {
            for (var at = compound.IndexOf(part, StringComparison.Ordinal); at >= 0; at = compound.IndexOf(part, at + 1, StringComparison.Ordinal))
            {
                covered.Slice(at, part.Length).Fill(true);
            }
        }

        if (!covered[0])
        {
            return false;
        }

        var gap = 0;
        foreach (var isCovered in covered)
        {
            gap = isCovered ? 0 : gap + 1;
            if (gap > MaxGap)
            {
                return false;
            }
        }

        return true;
    }
}
