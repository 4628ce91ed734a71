namespace Edge.Knowledge.Retrieval;

/// <summary>
/// Two models side by side: each vector is both models' unit vectors, each scaled by 1/√2 and
/// laid end to end. Its dot product with another such vector is the mean of the two models'
/// cosine similarities, so one vector index fuses both models' similarities.
/// </summary>
internal sealed class CombinedEmbedder(ITextEmbedder first, ITextEmbedder second) : ITextEmbedder
{
    private static readonly float Half = MathF.Sqrt(0.5f);

    /// <inheritdoc/>
    public string ModelName { get; } = $"{first.ModelName}+{second.ModelName}";

    /// <inheritdoc/>
    public int Dimensions { get; } = first.Dimensions + second.Dimensions;

    /// <inheritdoc/>
    public float[] Embed(string text) => EmbedBatch([text])[0];

    /// <inheritdoc/>
    public float[][] EmbedBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        Join(first.EmbedBatch(texts, cancellationToken), second.EmbedBatch(texts, cancellationToken));

    /// <inheritdoc/>
    public float[][] EmbedQueries(IReadOnlyList<string> queries, CancellationToken cancellationToken = default) =>
        Join(first.EmbedQueries(queries, cancellationToken), second.EmbedQueries(queries, cancellationToken));

    /// <summary>Disposes both models.</summary>
    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }

    private float[][] Join(float[][] a, float[][] b)
    {
        var joined = new float[a.Length][];
        for (var i = 0; i < a.Length; i++)
        {
            var vector = new float[Dimensions];
            for (var d = 0; d < a[i].Length; d++)
                vector[d] = a[i][d] * Half;
            for (var d = 0; d < b[i].Length; d++)
                vector[a[i].Length + d] = b[i][d] * Half;
            joined[i] = vector;
        }
        return joined;
    }
}
