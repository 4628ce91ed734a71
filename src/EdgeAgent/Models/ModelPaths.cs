namespace Edge.Agent.Models;

/// <summary>Where model files live: relative paths inside the models folder, never outside it.</summary>
internal static class ModelPaths
{
    /// <summary>File name of the manifest in the models folder.</summary>
    public const string ManifestName = "models.json";

    /// <summary>Suffix of a download in progress; kept after an interruption so the next pull resumes.</summary>
    public const string PartialSuffix = ".part";

    /// <summary>Throws <see cref="InvalidDataException"/> unless <paramref name="path"/> is a plain relative path.</summary>
    public static void CheckRelative(string? path, string context)
    {
        if (string.IsNullOrWhiteSpace(path) || Path.IsPathRooted(path) || path.Contains('\\', StringComparison.Ordinal)
            || path.Split('/').Any(part => part is "" or "." or ".."))
        {
            throw new InvalidDataException($"{context}: file path '{path}' must be relative and stay inside the models folder");
        }
    }

    /// <summary>The full path of a manifest or catalog path inside <paramref name="folder"/>.</summary>
    public static string Resolve(string folder, string relative) =>
        Path.GetFullPath(Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>The folder a model's files share (its own folder for an llm, the models folder for a single file).</summary>
    public static string CommonFolder(string folder, IEnumerable<string> relativePaths)
    {
        var parents = relativePaths.Select(p => Path.GetDirectoryName(Resolve(folder, p))!).Distinct(StringComparer.Ordinal).ToList();
        return parents.Count == 1 ? parents[0] : Path.GetFullPath(folder);
    }
}
