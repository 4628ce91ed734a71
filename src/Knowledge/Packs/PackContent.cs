using System.Text;
using System.Text.Json;

namespace Edge.Knowledge.Packs;

/// <summary>The parsed, cross-checked content of a verified pack.</summary>
internal sealed partial record PackContent(PackManifest Manifest, IReadOnlyList<PackDocument> Documents, IReadOnlyList<PackChunk> Chunks, byte[] Vectors, byte[] Headings, string Sha256, string? Signer)
{
    /// <summary>Reads, verifies and checks a pack file; throws <see cref="KnowledgePackException"/> naming the first problem.</summary>
    public static PackContent Load(string packFile, long maxBytes, PackTrustOptions trust)
    {
        var (files, sha256, signer) = PackReader.ReadVerified(packFile, maxBytes, trust);
        try
        {
            var manifest = JsonSerializer.Deserialize<PackManifest>(files[PackFormat.Manifest], PackFormat.Json)
                ?? throw new KnowledgePackException("pack.json is empty");
            if (manifest.Format > PackFormat.Version)
                throw new KnowledgePackException($"the pack has format {manifest.Format}; this edge-agent reads up to {PackFormat.Version}: upgrade the agent");
            var content = new PackContent(manifest, Lines<PackDocument>(files[PackFormat.Documents]), Lines<PackChunk>(files[PackFormat.Chunks]),
                files[PackFormat.Vectors], files[PackFormat.Headings], sha256, signer);
            content.Check();
            return content;
        }
        catch (JsonException ex)
        {
            throw new KnowledgePackException($"the pack's JSON is malformed: {ex.Message}", ex);
        }
    }

    /// <summary>The packed text vector of chunk <paramref name="index"/>.</summary>
    public byte[] Vector(int index) => Slice(Vectors, index);

    /// <summary>The packed heading vector of chunk <paramref name="index"/>; empty when the chunk has no heading.</summary>
    public byte[] Heading(int index)
    {
        var heading = Slice(Headings, index);
        return heading.AsSpan().IndexOfAnyExcept((byte)0) < 0 ? [] : heading;
    }

    private byte[] Slice(byte[] all, int index)
    {
        var size = Manifest.Dimensions * sizeof(float);
        return all.AsSpan(index * size, size).ToArray();
    }

    private static List<T> Lines<T>(byte[] content) =>
        [.. Encoding.UTF8.GetString(content).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<T>(line, PackFormat.Json) ?? throw new KnowledgePackException("an empty line in the pack"))];
}
