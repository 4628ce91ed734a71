namespace Edge.Knowledge.Tests.TestSupport;

/// <summary>Finds a shared development set (shared/corpora/NAME above the test folder), used by path and never copied.</summary>
internal static class SharedCorpora
{
    /// <summary>The set's folder (holding corpus/ and questions.jsonl), or null when it is not on this machine.</summary>
    public static string? Find(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpora", name);
            if (File.Exists(Path.Combine(candidate, "questions.jsonl")))
                return candidate;
        }
        return null;
    }
}
