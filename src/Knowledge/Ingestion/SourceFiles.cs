namespace Edge.Knowledge.Ingestion;

/// <summary>
/// Expands the paths given to ingest into the files to read. Nothing is skipped without a word: a
/// missing path, a folder that cannot be read and a file name that is not valid UTF-8 each become a
/// failed result with the reason.
/// </summary>
internal static class SourceFiles
{
    /// <summary>
    /// Files named explicitly are always returned (an unsupported one then fails with a reason);
    /// inside folders only supported extensions are taken, in a stable order. Hidden entries are
    /// editor and VCS litter; linked folders are not followed, so a link loop cannot trap the walk.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, Func<string, bool> isSupported, ICollection<IngestFileResult> problems)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
                files.Add(Path.GetFullPath(path));
            else if (Directory.Exists(path))
                Walk(new DirectoryInfo(path), isSupported, files, problems);
            else
                problems.Add(Failed(path, DocumentNames.HasUndecodableBytes(path) ? DocumentNames.UndecodableReason : "no such file or folder"));
        }
        return [.. files.Distinct(StringComparer.Ordinal)];
    }

    private static void Walk(DirectoryInfo folder, Func<string, bool> isSupported, List<string> files, ICollection<IngestFileResult> problems)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            problems.Add(Failed(folder.FullName, $"cannot read the folder: {(ex is UnauthorizedAccessException ? "permission denied" : ex.Message)}"));
            return;
        }

        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.'))
                continue;
            if (DocumentNames.HasUndecodableBytes(entry.Name) && !entry.Exists)
            {
                // The name's bytes are not UTF-8: .NET cannot name the entry to open it (nor read its attributes).
                if (entry is DirectoryInfo || isSupported(entry.FullName))
                    problems.Add(Failed(entry.FullName, DocumentNames.UndecodableReason));
            }
            else if (entry.Attributes.HasFlag(FileAttributes.Hidden))
            {
                continue;
            }
            else if (entry is DirectoryInfo subfolder)
            {
                if (subfolder.LinkTarget is null)
                    Walk(subfolder, isSupported, files, problems);
            }
            else if (isSupported(entry.FullName))
            {
                files.Add(entry.FullName);
            }
        }
    }

    private static IngestFileResult Failed(string path, string reason) => new(path, Path.GetFileName(path), IngestOutcome.Failed, 0, reason);
}
