namespace Edge.Knowledge.Storage;

/// <summary>A document with its chunks and their packed vectors, as a whole collection is exported or replaced.</summary>
internal sealed record StoredDocument(DocumentRecord Document, IReadOnlyList<ChunkRecord> Chunks, IReadOnlyList<(byte[] Text, byte[] Heading)> Vectors);

internal sealed partial class KnowledgeStore
{
    /// <summary>Every document of a collection with its chunks (in order) and vectors.</summary>
    public IEnumerable<StoredDocument> ExportCollection(string collection)
    {
        foreach (var document in ListDocuments(collection))
        {
            var chunks = GetDocumentChunks(document.Id);
            var vectors = chunks.Select(c => Vectors.FindById(c.Id) is { } v ? (v.Vector, v.Heading ?? [])
                : throw new KnowledgeStoreException($"chunk {c.Id} of {document.Name} has no vector")).ToList();
            yield return new StoredDocument(document, chunks, vectors);
        }
    }

    /// <summary>
    /// Replaces every document of <paramref name="collection"/> with <paramref name="documents"/> and
    /// writes <paramref name="meta"/>, in one transaction: readers (the running service, in shared
    /// mode) see the old collection or the new one, and a failure or a killed process keeps the old.
    /// </summary>
    public void ReplaceCollection(string collection, IReadOnlyList<StoredDocument> documents, string embeddingModel, IReadOnlyDictionary<string, string> meta)
    {
        EnsureEmbeddingModel(embeddingModel);
        InTransaction(() =>
        {
            foreach (var old in Documents.Find(d => d.Collection == collection).Select(d => d.Id).ToList())
                DeleteDocumentContent(old);
            foreach (var (document, chunks, vectors) in documents)
            {
                document.Collection = collection;
                foreach (var chunk in chunks)
                    chunk.Collection = collection;
                InsertDocument(document, chunks, vectors);
            }
            if (EmbeddingModel is null)
                SetMeta(MetaKeys.EmbeddingModel, embeddingModel);
            foreach (var (key, value) in meta)
                SetMeta(key, value);
            BumpVersion();
            return true;
        });
    }

    /// <summary>Meta values whose key starts with <paramref name="prefix"/>, by key.</summary>
    public IReadOnlyDictionary<string, string> GetMetaByPrefix(string prefix) =>
        Meta.Find(m => m.Id.StartsWith(prefix)).ToDictionary(m => m.Id, m => m.Value, StringComparer.Ordinal);
}
