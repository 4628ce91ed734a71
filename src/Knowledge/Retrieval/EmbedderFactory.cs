namespace Edge.Knowledge.Retrieval;

/// <summary>Chooses the embedding model: a configured ONNX file, or the bundled all-MiniLM-L6-v2.</summary>
internal static class EmbedderFactory
{
    /// <summary>Creates the embedder; the vocabulary of a configured model is vocab.txt beside it.</summary>
    public static ITextEmbedder Create(KnowledgeOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.EmbeddingModel))
            return OnnxSentenceEmbedder.CreateBundled();
        var vocab = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.EmbeddingModel))!, "vocab.txt");
        return OnnxSentenceEmbedder.FromFiles(options.EmbeddingModel, vocab);
    }
}
