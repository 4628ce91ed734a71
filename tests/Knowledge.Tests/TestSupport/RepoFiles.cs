namespace Edge.Knowledge.Tests.TestSupport;

/// <summary>Files of the repository the tests read: found by walking up from the test binaries to Edge.sln.</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string SampleManuals => Path.Combine(Root, "samples", "manuals");

    public static string SampleQuestions => Path.Combine(SampleManuals, "questions.jsonl");

    /// <summary>Full paths of the four manuals that canonical.txt lists (the demo set).</summary>
    public static IReadOnlyList<string> CanonicalManuals =>
        [.. File.ReadLines(Path.Combine(SampleManuals, "canonical.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(name => Path.Combine(SampleManuals, name))];

    /// <summary>The DOCX and Markdown twins of the canonical manuals (same text, other readers).</summary>
    public static IReadOnlyList<string> TwinManuals =>
        [.. Directory.EnumerateFiles(SampleManuals)
            .Where(path => Path.GetExtension(path) is ".docx" or ".md" && Path.GetFileName(path) != "README.md")
            .Order(StringComparer.Ordinal)];

    public static string Sample(string fileName) => Path.Combine(SampleManuals, fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Edge.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"Edge.sln not found above {AppContext.BaseDirectory}");
    }
}
