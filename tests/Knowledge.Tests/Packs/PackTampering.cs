using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Edge.Knowledge.Packs;

namespace Edge.Knowledge.Tests.Packs;

/// <summary>
/// Rewrites a pack the way an attacker with the archive would: change a file, recompute
/// SHA256SUMS so every checksum matches again, and optionally sign the result with some key.
/// </summary>
internal static class PackTampering
{
    /// <summary>
    /// A copy of <paramref name="pack"/> with each content file passed through <paramref name="change"/>,
    /// SHA256SUMS recomputed, and SIGNATURE kept (<paramref name="signWith"/> null), dropped ("")
    /// or replaced by a signature with the key in that file.
    /// </summary>
    public static string Rewrite(string pack, Func<string, byte[], byte[]> change, string? signWith = null)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var input = new TarReader(new GZipStream(File.OpenRead(pack), CompressionMode.Decompress)))
        {
            while (input.GetNextEntry(copyData: true) is { } entry)
            {
                using var content = new MemoryStream();
                entry.DataStream!.CopyTo(content);
                files[entry.Name] = content.ToArray();
            }
        }

        foreach (var name in PackFormat.ContentFiles)
            files[name] = change(name, files[name]);
        files[PackFormat.Checksums] = Encoding.UTF8.GetBytes(string.Concat(PackFormat.ContentFiles.Select(name =>
            $"{Convert.ToHexStringLower(SHA256.HashData(files[name]))}  {name}\n")));
        if (signWith == "")
            files.Remove(PackFormat.Signature);
        else if (signWith is not null)
            files[PackFormat.Signature] = PackSignature.Create(files[PackFormat.Checksums], signWith);

        var copy = pack + $".{Guid.NewGuid():N}.tar.gz";
        using var output = new TarWriter(new GZipStream(File.Create(copy), CompressionLevel.Fastest), TarEntryFormat.Pax);
        foreach (var name in PackFormat.AllFiles.Where(files.ContainsKey))
            output.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(files[name]) });
        return copy;
    }

    /// <summary>Replaces every occurrence of <paramref name="from"/> in the text files of the pack.</summary>
    public static Func<string, byte[], byte[]> ReplaceText(string from, string to) => (name, bytes) =>
        name.EndsWith(".bin", StringComparison.Ordinal) ? bytes : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(from, to, StringComparison.Ordinal));

    /// <summary>A copy of <paramref name="pack"/> whose SIGNATURE file is changed by <paramref name="change"/>; nothing else is touched.</summary>
    public static string RewriteSignature(string pack, Func<PackSignature, PackSignature> change)
    {
        var copy = pack + $".{Guid.NewGuid():N}.tar.gz";
        using var input = new TarReader(new GZipStream(File.OpenRead(pack), CompressionMode.Decompress));
        using var output = new TarWriter(new GZipStream(File.Create(copy), CompressionLevel.Fastest), TarEntryFormat.Pax);
        while (input.GetNextEntry(copyData: true) is { } entry)
        {
            using var content = new MemoryStream();
            entry.DataStream!.CopyTo(content);
            var bytes = content.ToArray();
            if (entry.Name == PackFormat.Signature)
                bytes = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(change(System.Text.Json.JsonSerializer.Deserialize<PackSignature>(bytes, PackFormat.Json)!), PackFormat.Json);
            output.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, entry.Name) { DataStream = new MemoryStream(bytes) });
        }
        return copy;
    }
}
