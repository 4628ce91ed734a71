namespace Edge.Agent.Hosting;

/// <summary>Finds the sample manuals shipped beside the executable (samples/manuals/canonical.txt lists them).</summary>
internal static class SampleManuals
{
    /// <summary>Full paths of the canonical sample manuals.</summary>
    public static IReadOnlyList<string> Locate()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", "manuals");
        var list = Path.Combine(folder, "canonical.txt");
        if (!File.Exists(list))
            throw new FileNotFoundException($"sample manuals not found beside the executable ({folder})");
        return [.. File.ReadLines(list)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => Path.Combine(folder, l))];
    }
}
