namespace Edge.Knowledge.Retrieval;

/// <summary>Chooses the embedding model: a configured ONNX file, or the bundled model <c>Knowledge:Embedder</c> names.</summary>
internal static class EmbedderFactory
{
    /// <summary>Creates the embedder; the vocabulary of a configured model is vocab.txt beside it.</summary>
    public static ITextEmbedder Create(KnowledgeOptions options)
    {
        var run = new OnnxEmbedderOptions { IntraOpThreads = options.InferenceThreads > 0 ? options.InferenceThreads : null };
        if (!string.IsNullOrWhiteSpace(options.EmbeddingModel))
        {
            var vocab = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.EmbeddingModel))!, "vocab.txt");
            return OnnxSentenceEmbedder.FromFiles(options.EmbeddingModel, vocab, run);
        }
        return OnnxSentenceEmbedder.CreateBundled(BundledEmbeddingModel.Named(options.Embedder), run);
    }
}
