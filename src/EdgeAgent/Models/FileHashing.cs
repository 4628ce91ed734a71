using System.Security.Cryptography;

namespace Edge.Agent.Models;

/// <summary>sha256 of files, streamed so multi-gigabyte models never sit in memory.</summary>
internal static class FileHashing
{
    /// <summary>Lower-case hex sha256 of a file's content.</summary>
    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan | FileOptions.Asynchronous);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
