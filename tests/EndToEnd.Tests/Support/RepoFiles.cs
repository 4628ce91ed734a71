namespace Edge.EndToEnd.Tests.Support;

/// <summary>Files of the repository: found by walking up from the test binaries to Edge.sln.</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string SampleManuals => Path.Combine(RootPath.Value, "samples", "manuals");

    public static string SampleQuestions => Path.Combine(SampleManuals, "questions.jsonl");

    /// <summary>Full paths of the four manuals that canonical.txt lists.</summary>
    public static IReadOnlyList<string> CanonicalManuals =>
        [.. File.ReadLines(Path.Combine(SampleManuals, "canonical.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(name => Path.Combine(SampleManuals, name))];

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
