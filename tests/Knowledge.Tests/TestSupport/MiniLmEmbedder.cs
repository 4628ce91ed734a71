using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.TestSupport;

/// <summary>
/// The bundled all-MiniLM-L6-v2, loaded once per test collection (about a second and 100 MB) and
/// handed to every service provider the collection builds, instead of one load per provider.
/// </summary>
public sealed class MiniLmEmbedder : IDisposable
{
    private readonly Lazy<OnnxSentenceEmbedder> model = new(() => OnnxSentenceEmbedder.CreateBundled(BundledEmbeddingModel.MiniLm));

    internal ITextEmbedder Model => model.Value;

    public void Dispose()
    {
        if (model.IsValueCreated)
            model.Value.Dispose();
    }
}
