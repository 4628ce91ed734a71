using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Edge.Knowledge.Storage;

namespace Edge.Knowledge.Packs;

/// <summary>Writes a collection exported from a store into a pack archive.</summary>
internal static class PackWriter
{
    /// <summary>
    /// Writes the pack through a temporary file and a rename, signed with the private key in
    /// <paramref name="signingKeyFile"/> when one is given; returns the checksum of its content.
    /// </summary>
    public static string Write(string outputFile, PackManifest manifest, IReadOnlyList<StoredDocument> documents, string? signingKeyFile)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [PackFormat.Manifest] = JsonSerializer.SerializeToUtf8Bytes(manifest, PackFormat.Json),
            [PackFormat.Documents] = Lines(documents.Select(d => new PackDocument(
                d.Document.Name, d.Document.Format, d.Document.Title, d.Document.Sha256, d.Document.SizeBytes, d.Document.IngestedAtUtc, d.Chunks.Count))),
            [PackFormat.Chunks] = Lines(documents.SelectMany(d => d.Chunks.Select(c => new PackChunk(
                d.Document.Name, c.Ordinal, c.Section, c.Page, c.Text, c.Language)))),
            [PackFormat.Vectors] = Concat(documents.SelectMany(d => d.Vectors.Select(v => v.Text)).ToList()),
            // A chunk before the first heading has no heading vector: zeros keep the layout fixed.
            [PackFormat.Headings] = Concat(documents.SelectMany(d => d.Vectors.Select(v => v.Heading.Length > 0 ? v.Heading : new byte[v.Text.Length])).ToList()),
        };
        var sums = Encoding.UTF8.GetBytes(string.Concat(PackFormat.ContentFiles.Select(name =>
            $"{Convert.ToHexStringLower(SHA256.HashData(files[name]))}  {name}\n")));

        var signature = signingKeyFile is null ? null : PackSignature.Create(sums, signingKeyFile);

        var full = Path.GetFullPath(outputFile);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        using (var stream = File.Create(temporary))
        using (var gzip = new GZipStream(stream, CompressionLevel.Optimal))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: false))
        {
            Add(tar, PackFormat.Checksums, sums, manifest.CreatedUtc);
            if (signature is not null)
                Add(tar, PackFormat.Signature, signature, manifest.CreatedUtc);
            foreach (var name in PackFormat.ContentFiles)
                Add(tar, name, files[name], manifest.CreatedUtc);
        }
        File.Move(temporary, full, overwrite: true);
        return Convert.ToHexStringLower(SHA256.HashData(sums));
    }

    private static void Add(TarWriter tar, string name, byte[] content, DateTimeOffset time)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, name)
        {
            DataStream = new MemoryStream(content, writable: false),
            ModificationTime = time,
            Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
        };
        tar.WriteEntry(entry);
    }

    private static byte[] Concat(IReadOnlyList<byte[]> vectors)
    {
        var all = new byte[vectors.Sum(v => (long)v.Length)];
        var offset = 0;
        foreach (var vector in vectors)
        {
            vector.CopyTo(all, offset);
            offset += vector.Length;
        }
        return all;
    }

    private static byte[] Lines<T>(IEnumerable<T> items)
    {
        using var buffer = new MemoryStream();
        foreach (var item in items)
        {
            JsonSerializer.Serialize(buffer, item, PackFormat.Json);
            buffer.WriteByte((byte)'\n');
        }
        return buffer.ToArray();
    }
}
