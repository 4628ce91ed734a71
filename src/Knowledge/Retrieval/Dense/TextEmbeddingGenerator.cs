using Microsoft.Extensions.AI;

namespace Edge.Knowledge.Retrieval;

/// <summary>Exposes an <see cref="ITextEmbedder"/> as a Microsoft.Extensions.AI embedding generator.</summary>
/// <remarks>Inference is CPU-bound and synchronous; the task completes on the calling thread.</remarks>
internal sealed class TextEmbeddingGenerator(ITextEmbedder embedder, bool ownsEmbedder = false) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingGeneratorMetadata metadata = new("onnxruntime", providerUri: null, embedder.ModelName, embedder.Dimensions);

    /// <inheritdoc/>
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var vectors = embedder.EmbedBatch([.. values], cancellationToken);
        var createdAt = DateTimeOffset.UtcNow;
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(
            vectors.Select(vector => new Embedding<float>(vector) { ModelId = embedder.ModelName, CreatedAt = createdAt })));
    }

    /// <inheritdoc/>
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata
            : serviceType.IsInstanceOfType(embedder) ? embedder
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <summary>Disposes the embedder if this generator owns it.</summary>
    public void Dispose()
    {
        if (ownsEmbedder)
        {
            embedder.Dispose();
        }
    }
}
