namespace Edge.Knowledge.Retrieval;

/// <summary>How an ONNX sentence-embedding model is run.</summary>
internal sealed record OnnxEmbedderOptions
{
    /// <summary>Threads ONNX Runtime uses inside one inference; null means one per core.</summary>
    public int? IntraOpThreads { get; init; }

    /// <summary>Tokens per text including [CLS] and [SEP]; longer texts are truncated (all-MiniLM-L6-v2 was trained with 256).</summary>
    public int MaxTokens { get; init; } = 256;

    /// <summary>Lower-case and strip accents before WordPiece, as uncased BERT vocabularies expect.</summary>
    public bool LowerCase { get; init; } = true;

    /// <summary>Texts per inference call; larger batches pad more, smaller ones pay more call overhead.</summary>
    public int MaxBatchSize { get; init; } = 16;

    /// <summary>How token vectors are pooled into the sentence vector.</summary>
    public SentencePooling Pooling { get; init; } = SentencePooling.Mean;

    /// <summary>Instruction put before every query (never before passages) for models trained with one.</summary>
    public string QueryPrefix { get; init; } = "";
}
