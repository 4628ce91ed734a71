using System.Text;
using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Packs;

/// <summary>
/// A fast stand-in for the sentence encoder: a unit-length bag of hashed words. Its name is
/// configurable, so a test can play a board with a different embedding model.
/// </summary>
internal sealed class HashingEmbedder(string modelName = "hashing-test@000000000001", int dimensions = 64) : ITextEmbedder
{
    public string ModelName { get; } = modelName;

    public int Dimensions { get; } = dimensions;

    public float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var hash = 17;
            foreach (var b in Encoding.UTF8.GetBytes(word))
                hash = unchecked(hash * 31 + b);
            vector[(hash & int.MaxValue) % Dimensions] += 1;
        }
        var length = MathF.Sqrt(vector.Sum(v => v * v));
        return length == 0 ? vector : [.. vector.Select(v => v / length)];
    }

    public float[][] EmbedBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => [.. texts.Select(Embed)];

    public float[][] EmbedQueries(IReadOnlyList<string> queries, CancellationToken cancellationToken = default) => EmbedBatch(queries, cancellationToken);

    public void Dispose()
    {
    }
}
