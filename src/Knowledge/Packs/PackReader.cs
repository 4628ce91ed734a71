using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Edge.Knowledge.Ingestion;

namespace Edge.Knowledge.Packs;

/// <summary>
/// Opens a pack archive and checks it before anything is parsed: a readable tar.gz that expands to
/// no more than the limit (counted as it inflates, whatever its headers claim), only the known
/// files, each once, each listed in SHA256SUMS with a matching checksum, and SHA256SUMS signed by a
/// trusted key.
/// </summary>
internal static class PackReader
{
    /// <summary>The verified files of the pack, the checksum of its content and the signer's key id (null when unsigned and allowed).</summary>
    public static (IReadOnlyDictionary<string, byte[]> Files, string Sha256, string? Signer) ReadVerified(string packFile, long maxBytes, PackTrustOptions trust)
    {
        if (!File.Exists(packFile))
            throw new FileNotFoundException($"pack not found: {packFile}");
        var files = ReadArchive(packFile, maxBytes);
        if (!files.TryGetValue(PackFormat.Checksums, out var sums))
            throw new KnowledgePackException($"{Path.GetFileName(packFile)} is not a knowledge pack: it has no {PackFormat.Checksums}");
        var listed = ParseSums(sums);
        foreach (var name in PackFormat.ContentFiles)
        {
            if (!files.TryGetValue(name, out var content))
                throw new KnowledgePackException($"the pack is incomplete: {name} is missing");
            if (!listed.TryGetValue(name, out var expected))
                throw new KnowledgePackException($"the pack's {PackFormat.Checksums} does not list {name}");
            if (!string.Equals(expected, Convert.ToHexStringLower(SHA256.HashData(content)), StringComparison.OrdinalIgnoreCase))
                throw new KnowledgePackException($"checksum mismatch for {name}: the pack is damaged");
        }
        var signer = PackSignature.Verify(files.GetValueOrDefault(PackFormat.Signature), sums, trust);
        return (files, Convert.ToHexStringLower(SHA256.HashData(sums)), signer);
    }

    private static Dictionary<string, byte[]> ReadArchive(string packFile, long maxBytes)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var stream = File.OpenRead(packFile);
            using var gzip = new GZipStream(stream, CompressionMode.Decompress);
            // Headers and metadata are counted too: the limit holds for everything the archive inflates to.
            using var bounded = new BoundedReadStream(gzip, maxBytes, () => TooLarge(maxBytes));
            using var tar = new TarReader(bounded);
            long total = 0;
            while (tar.GetNextEntry(copyData: false) is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)
                    || entry.Name.Contains('/', StringComparison.Ordinal) || !PackFormat.AllFiles.Contains(entry.Name))
                {
                    throw new KnowledgePackException($"the pack is damaged or not a knowledge pack: unexpected entry '{DocumentNames.Printable(entry.Name)}'");
                }
                if (files.ContainsKey(entry.Name))
                    throw new KnowledgePackException($"the pack is damaged or not a knowledge pack: {entry.Name} appears twice");
                total += entry.Length;
                if (total > maxBytes)
                    throw TooLarge(maxBytes);
                using var content = new MemoryStream((int)entry.Length);
                entry.DataStream?.CopyTo(content);
                if (content.Length != entry.Length)
                    throw new KnowledgePackException($"the pack is truncated inside {entry.Name}");
                files[entry.Name] = content.ToArray();
            }
        }
        catch (Exception ex) when (ex is not KnowledgePackException && ex is InvalidDataException or EndOfStreamException or FormatException or IOException or ArgumentException)
        {
            throw new KnowledgePackException($"{Path.GetFileName(packFile)} is damaged (truncated or not a tar.gz pack): {ex.Message}", ex);
        }
        return files;
    }

    private static KnowledgePackException TooLarge(long maxBytes) =>
        new($"the pack expands to more than {maxBytes / (1024 * 1024)} MB (Knowledge:Limits:MaxPackMb)");


    private static Dictionary<string, string> ParseSums(byte[] sums)
    {
        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Encoding.UTF8.GetString(sums).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split("  ", 2);
            if (parts.Length != 2 || parts[0].Length != 64)
                throw new KnowledgePackException($"the pack's {PackFormat.Checksums} is malformed");
            listed[parts[1].Trim()] = parts[0];
        }
        return listed;
    }
}
