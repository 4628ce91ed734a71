namespace Edge.Knowledge.Ingestion;

/// <summary>
/// Reads one file to ingest, bounded: a link is resolved first and its target checked, devices and
/// kernel files are refused, and never more than the size limit is read, whatever the file system
/// said its size was (a link to /dev/zero reports 9 bytes and never ends).
/// </summary>
internal static class SourceFileReader
{
    private static readonly string[] SystemFolders = ["/dev/", "/proc/", "/sys/"];

    /// <summary>The file's bytes; throws <see cref="DocumentReadException"/> for anything that is not a regular file within the limit.</summary>
    public static byte[] Read(string path, int maxFileSizeMb, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(path);
        var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
        if (target is null || !target.Exists)
            throw new DocumentReadException($"a link to nothing: {info.LinkTarget} does not exist");
        if (SystemFolders.Any(folder => target.FullName.StartsWith(folder, StringComparison.Ordinal)))
            throw new DocumentReadException($"not a regular file: {target.FullName} is a device or kernel file");

        var limit = (long)maxFileSizeMb * 1024 * 1024;
        if (target.Length > limit)
            throw TooLarge(target.Length, maxFileSizeMb);
        // Pipes and devices report no size: nothing a manual can be.
        if (target.Length == 0)
            throw new DocumentReadException("empty file (0 bytes) or not a regular file");

        using var stream = new FileStream(target.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var bytes = new byte[target.Length];
        var read = 0;
        while (read < bytes.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = stream.Read(bytes, read, bytes.Length - read);
            if (n == 0)
                return bytes[..read];
            read += n;
        }
        // A file that grows while it is read is read as it was when it was measured.
        return bytes;
    }

    private static DocumentReadException TooLarge(long length, int maxFileSizeMb) =>
        new($"file is {length / (1024.0 * 1024):F1} MB, over the {maxFileSizeMb} MB limit (Knowledge:MaxFileSizeMb)");
}
