namespace Edge.Knowledge.Retrieval;

/// <summary>A chunk id with a relevance score from one retriever; higher is better.</summary>
/// <param name="ChunkId">Store id of the chunk.</param>
/// <param name="Score">Retriever-specific score (BM25, cosine or fused); only comparable within one ranking.</param>
internal readonly record struct ScoredChunk(int ChunkId, double Score);
