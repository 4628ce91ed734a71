using LiteDB;

namespace Edge.Knowledge.Storage;

/// <summary>
/// The embedding of one chunk. Packed little-endian float32 in a byte array: LiteDB stores a
/// float[] as doubles, four times the size and an order of magnitude slower to scan.
/// </summary>
internal sealed class VectorRecord
{
    /// <summary>The chunk id this vector belongs to.</summary>
    [BsonId(autoId: false)]
    public int Id { get; set; }

    /// <summary>Id of the owning document, so a document's vectors can be deleted with it.</summary>
    public int DocumentId { get; set; }

    /// <summary>Packed float32 values.</summary>
    public byte[] Vector { get; set; } = [];

    /// <summary>
    /// Packed embedding of the chunk's section headings (the same for every chunk of a section);
    /// empty for text before the first heading.
    /// </summary>
    public byte[] Heading { get; set; } = [];
}
