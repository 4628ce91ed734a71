using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Retrieval;

/// <summary>Loads the bundled 90 MB snowflake-arctic-embed-xs once per test class, plus a bare ONNX Runtime session over the same bytes.</summary>
public sealed class ArcticXsFixture : IDisposable
{
    private readonly Lazy<BareSentenceModel> bare = new(() => new BareSentenceModel(BundledEmbeddingModel.ArcticXs));

    public ArcticXsFixture() =>
        Embedder = OnnxSentenceEmbedder.CreateBundled(BundledEmbeddingModel.ArcticXs, new OnnxEmbedderOptions { IntraOpThreads = 1 });

    internal OnnxSentenceEmbedder Embedder { get; }

    internal BareSentenceModel Bare => bare.Value;

    public void Dispose()
    {
        Embedder.Dispose();
        if (bare.IsValueCreated)
        {
            bare.Value.Dispose();
        }
    }
}
