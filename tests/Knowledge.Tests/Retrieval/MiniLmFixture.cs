using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Retrieval;

/// <summary>Loads the bundled 90 MB all-MiniLM-L6-v2 once per test class, plus a bare ONNX Runtime session over the same bytes.</summary>
public sealed class MiniLmFixture : IDisposable
{
    private readonly Lazy<BareSentenceModel> bare = new(() => new BareSentenceModel(BundledEmbeddingModel.MiniLm));

    public MiniLmFixture() => Embedder = OnnxSentenceEmbedder.CreateBundled(BundledEmbeddingModel.MiniLm, new OnnxEmbedderOptions { IntraOpThreads = 1 });

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

