using System.Runtime.InteropServices;
using Edge.Knowledge.Ingestion;

namespace Edge.Knowledge.Packs;

/// <summary>
/// What a pack must be before anything of it is stored: counts that agree, one finite, non-zero
/// vector of the manifest's dimension per chunk, and document names, titles and headings that
/// follow the same rules as ingestion (no path traversal, no control characters).
/// </summary>
internal sealed partial record PackContent
{
    private void Check()
    {
        CollectionName.Normalize(Manifest.Collection);
        PackFormat.CheckVersion(Manifest.Version);
        if (string.IsNullOrWhiteSpace(Manifest.EmbeddingModel) || Manifest.Dimensions <= 0)
            throw new KnowledgePackException("pack.json names no embedding model or dimensions");
        if (Chunks.Count != Manifest.ChunkCount || Documents.Count != Manifest.Documents.Count)
            throw new KnowledgePackException("the pack's counts do not match pack.json");
        CheckVectors();
        CheckNames();
        var names = Documents.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        if (names.Count != Documents.Count || Chunks.Any(c => !names.Contains(c.Document)))
            throw new KnowledgePackException("the pack's documents and chunks do not match");
        var perDocument = Chunks.CountBy(c => c.Document, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        foreach (var document in Documents)
        {
            if (perDocument.GetValueOrDefault(document.Name) != document.Chunks)
                throw new KnowledgePackException($"the pack's chunk count of {document.Name} does not match");
        }
    }

    private void CheckVectors()
    {
        var expected = (long)Chunks.Count * Manifest.Dimensions * sizeof(float);
        if (Vectors.LongLength != expected)
            throw new KnowledgePackException($"{PackFormat.Vectors} does not hold one {Manifest.Dimensions}-dimensional vector per chunk");
        if (Headings.LongLength != expected)
            throw new KnowledgePackException($"{PackFormat.Headings} does not hold one {Manifest.Dimensions}-dimensional vector per chunk");
        var texts = MemoryMarshal.Cast<byte, float>(Vectors);
        var headings = MemoryMarshal.Cast<byte, float>(Headings);
        for (var i = 0; i < Chunks.Count; i++)
        {
            var text = texts.Slice(i * Manifest.Dimensions, Manifest.Dimensions);
            if (!AllFinite(text) || !AllFinite(headings.Slice(i * Manifest.Dimensions, Manifest.Dimensions)))
                throw new KnowledgePackException($"the vector of chunk {i + 1} holds NaN or infinity: the pack is corrupt");
            if (!text.ContainsAnyExcept(0f))
                throw new KnowledgePackException($"the vector of chunk {i + 1} is all zeros: the pack is corrupt");
        }
    }

    private void CheckNames()
    {
        foreach (var name in Documents.Select(d => d.Name).Concat(Manifest.Documents.Select(d => d.Name)))
        {
            if (DocumentNames.Problem(name) is { } problem)
                throw new KnowledgePackException($"the pack holds an unacceptable document name '{DocumentNames.Printable(name)}': {problem}");
        }
        foreach (var document in Documents)
        {
            if (document.Title.Any(char.IsControl))
                throw new KnowledgePackException($"the title of {document.Name} contains control characters");
        }
        foreach (var chunk in Chunks)
        {
            if (chunk.Section.Any(heading => heading.Any(char.IsControl)))
                throw new KnowledgePackException($"a section heading of {chunk.Document} contains control characters");
            if (string.IsNullOrWhiteSpace(chunk.Text))
                throw new KnowledgePackException($"a passage of {chunk.Document} is empty");
        }
    }

    private static bool AllFinite(ReadOnlySpan<float> values)
    {
        foreach (var value in values)
        {
            if (!float.IsFinite(value))
                return false;
        }
        return true;
    }

}
