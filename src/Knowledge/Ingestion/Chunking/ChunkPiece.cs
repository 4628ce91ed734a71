namespace Edge.Knowledge.Ingestion.Chunking;

/// <summary>Text destined for one chunk, with its size and the page it starts on.</summary>
internal sealed record ChunkPiece(string Text, int Words, int? Page);
