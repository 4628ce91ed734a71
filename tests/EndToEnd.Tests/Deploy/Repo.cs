namespace Edge.EndToEnd.Tests.Deploy;

/// <summary>Paths in the repository the deployment tests use (found upwards from the test binaries).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>The first existing file among <paramref name="candidates"/>, or null.</summary>
    public static string? Tool(params string[] candidates) => candidates.FirstOrDefault(File.Exists);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Edge.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Edge.sln not found above " + AppContext.BaseDirectory);
    }
}
