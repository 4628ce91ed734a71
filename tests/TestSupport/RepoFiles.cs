namespace Edge.TestSupport;

/// <summary>Files of the repository the tests read, found by walking up from the test binaries to Edge.sln.</summary>
public static class RepoFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding Edge.sln.</summary>
    public static string Root => RootPath.Value;

    public static string SampleManuals => Path.Combine(Root, "samples", "manuals");

    public static string SampleQuestions => Path.Combine(SampleManuals, "questions.jsonl");

    /// <summary>A path relative to the repository root, e.g. <c>deploy/mosquitto/edge.acl</c>.</summary>
    public static string File(string relative) => Path.Combine(Root, relative);

    /// <summary>A file of samples/manuals.</summary>
    public static string Sample(string fileName) => Path.Combine(SampleManuals, fileName);

    /// <summary>Full paths of the four manuals that canonical.txt lists (the demo set).</summary>
    public static IReadOnlyList<string> CanonicalManuals =>
        [.. System.IO.File.ReadLines(Path.Combine(SampleManuals, "canonical.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(name => Path.Combine(SampleManuals, name))];

    /// <summary>The DOCX and Markdown twins of the canonical manuals (same text, other readers).</summary>
    public static IReadOnlyList<string> TwinManuals =>
        [.. Directory.EnumerateFiles(SampleManuals)
            .Where(path => Path.GetExtension(path) is ".docx" or ".md" && Path.GetFileName(path) != "README.md")
            .Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Edge.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"Edge.sln not found above {AppContext.BaseDirectory}");
    }
}
