namespace Edge.Knowledge.Ingestion;

/// <summary>Expands the paths given to ingest into the files to read.</summary>
internal static class SourceFiles
{
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        // Skipping reparse points avoids symlink loops; hidden files are editor and VCS litter.
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        IgnoreInaccessible = true,
    };

    /// <summary>
    /// Files named explicitly are always returned (an unsupported one then fails with a reason);
    /// inside folders only supported extensions are taken, in a stable order.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, Func<string, bool> isSupported, ICollection<IngestFileResult> missing)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
                files.Add(Path.GetFullPath(path));
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", Walk).Where(isSupported).Select(Path.GetFullPath).Order(StringComparer.Ordinal));
            else
                missing.Add(new IngestFileResult(path, Path.GetFileName(path), IngestOutcome.Failed, 0, "no such file or folder"));
        }
        return [.. files.Distinct(StringComparer.Ordinal)];
    }
}
