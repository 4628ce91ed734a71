namespace Edge.Knowledge.Retrieval;

/// <summary>How a sentence model's per-token vectors become one sentence vector; each model is trained for one.</summary>
internal enum SentencePooling
{
    /// <summary>The average of the unpadded token vectors (sentence-transformers models such as all-MiniLM-L6-v2).</summary>
    Mean,

    /// <summary>The vector of the first token, [CLS] (retrieval models such as snowflake-arctic-embed).</summary>
    Cls,
}
