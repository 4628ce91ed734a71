using System.Text;
using System.Text.Json;

namespace Edge.Knowledge.Packs;

/// <summary>The parsed, cross-checked content of a verified pack.</summary>
internal sealed record PackContent(PackManifest Manifest, IReadOnlyList<PackDocument> Documents, IReadOnlyList<PackChunk> Chunks, byte[] Vectors, byte[] Headings, string Sha256)
{
    /// <summary>Reads and checks a pack file; throws <see cref="KnowledgePackException"/> naming the first problem.</summary>
    public static PackContent Load(string packFile)
    {
        var (files, sha256) = PackReader.ReadVerified(packFile);
        try
        {
            var manifest = JsonSerializer.Deserialize<PackManifest>(files[PackFormat.Manifest], PackFormat.Json)
                ?? throw new KnowledgePackException("pack.json is empty");
            if (manifest.Format > PackFormat.Version)
                throw new KnowledgePackException($"the pack has format {manifest.Format}; this edge-agent reads up to {PackFormat.Version}: upgrade the agent");
            var content = new PackContent(manifest, Lines<PackDocument>(files[PackFormat.Documents]), Lines<PackChunk>(files[PackFormat.Chunks]), files[PackFormat.Vectors], files[PackFormat.Headings], sha256);
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

    private void Check()
    {
        CollectionName.Normalize(Manifest.Collection);
        PackFormat.CheckVersion(Manifest.Version);
        if (string.IsNullOrWhiteSpace(Manifest.EmbeddingModel) || Manifest.Dimensions <= 0)
            throw new KnowledgePackException("pack.json names no embedding model or dimensions");
        if (Chunks.Count != Manifest.ChunkCount || Documents.Count != Manifest.Documents.Count)
            throw new KnowledgePackException("the pack's counts do not match pack.json");
        var expected = (long)Chunks.Count * Manifest.Dimensions * sizeof(float);
        if (Vectors.LongLength != expected)
            throw new KnowledgePackException($"{PackFormat.Vectors} does not hold one {Manifest.Dimensions}-dimensional vector per chunk");
        if (Headings.LongLength != expected)
            throw new KnowledgePackException($"{PackFormat.Headings} does not hold one {Manifest.Dimensions}-dimensional vector per chunk");
        var names = Documents.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        if (names.Count != Documents.Count || Chunks.Any(c => !names.Contains(c.Document)))
            throw new KnowledgePackException("the pack's documents and chunks do not match");
        foreach (var document in Documents)
        {
            if (Chunks.Count(c => c.Document == document.Name) != document.Chunks)
                throw new KnowledgePackException($"the pack's chunk count of {document.Name} does not match");
        }
    }

    private static List<T> Lines<T>(byte[] content) =>
        [.. Encoding.UTF8.GetString(content).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<T>(line, PackFormat.Json) ?? throw new KnowledgePackException("an empty line in the pack"))];
}
