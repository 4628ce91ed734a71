namespace Edge.Benchmarks;

/// <summary>The repository's sample manuals and questions, found by walking up to Edge.sln.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string SampleManuals => Path.Combine(Root, "samples", "manuals");

    public static string SampleQuestions => Path.Combine(SampleManuals, "questions.jsonl");

    public static IReadOnlyList<string> CanonicalManuals =>
        [.. File.ReadLines(Path.Combine(SampleManuals, "canonical.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(name => Path.Combine(SampleManuals, name))];

    /// <summary>Words of the sample manuals' sources in reading order, so drawing from it follows their word frequencies.</summary>
    public static IReadOnlyList<string> ManualWords() =>
        [.. Directory.EnumerateFiles(Path.Combine(SampleManuals, "source"))
            .Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .SelectMany(p => File.ReadAllText(p).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim('*', '`', '|', '#', '>', '(', ')', ',', '.', ':', ';', '"', '„', '“'))
            .Where(w => w.Length > 0 && w.Any(char.IsLetterOrDigit))];

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Edge.sln")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException("Edge.sln not found above the benchmark or the current directory");
    }
}
