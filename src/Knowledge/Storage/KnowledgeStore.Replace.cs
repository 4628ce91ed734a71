namespace Edge.Knowledge.Storage;

internal sealed partial class KnowledgeStore
{
    /// <summary>
    /// Stores a document with its chunks and vectors, replacing any earlier version of the same
    /// (collection, name) in one transaction: readers see the old content or the new, never a mix,
    /// and a process killed half-way leaves the old content (LiteDB rolls the journal back).
    /// </summary>
    /// <param name="document">The document; its Id is assigned here.</param>
    /// <param name="chunks">Chunks in order; their Ids and DocumentId are assigned here.</param>
    /// <param name="vectors">One packed text vector and one packed heading vector per chunk, same order.</param>
    /// <param name="embeddingModel">Model the vectors were made with; must match the stored one.</param>
    public void ReplaceDocument(DocumentRecord document, IReadOnlyList<ChunkRecord> chunks, IReadOnlyList<(byte[] Text, byte[] Heading)> vectors, string embeddingModel)
    {
        if (chunks.Count != vectors.Count)
            throw new ArgumentException("every chunk needs exactly one vector", nameof(vectors));
        EnsureEmbeddingModel(embeddingModel);
        InTransaction(() =>
        {
            if (FindDocument(document.Collection, document.Name) is { } old)
                DeleteDocumentContent(old.Id);
            InsertDocument(document, chunks, vectors);
            if (EmbeddingModel is null)
                SetMeta(MetaKeys.EmbeddingModel, embeddingModel);
            BumpVersion();
            return true;
        });
    }

    /// <summary>Deletes a document with its chunks and vectors; false when there was none.</summary>
    public bool RemoveDocument(string collection, string name) => InTransaction(() =>
    {
        if (FindDocument(collection, name) is not { } old)
            return false;
        DeleteDocumentContent(old.Id);
        if (Documents.Count() == 0)
            Meta.Delete(MetaKeys.EmbeddingModel);
        BumpVersion();
        return true;
    });

    /// <summary>Refuses vectors from a different embedding model than the ones already stored.</summary>
    public void EnsureEmbeddingModel(string embeddingModel)
    {
        var stored = EmbeddingModel;
        if (stored is not null && !string.Equals(stored, embeddingModel, StringComparison.Ordinal) && Documents.Count() > 0)
            throw ModelMismatch(stored, embeddingModel);
    }

    /// <summary>The error for vectors made with another embedding model than the configured one.</summary>
    public static KnowledgeStoreException ModelMismatch(string stored, string configured) => new(
        $"the knowledge base was built with embedding model '{stored}', but '{configured}' is configured; " +
        "configure the original model (Knowledge:Embedder or Knowledge:EmbeddingModel) or re-ingest into a new data directory");

    /// <summary>
    /// Runs <paramref name="body"/> in one LiteDB transaction: committed when it returns true, rolled
    /// back when it returns false or throws.
    /// </summary>
    private bool InTransaction(Func<bool> body)
    {
        if (!Db.BeginTrans())
            throw new InvalidOperationException("a knowledge transaction is already running on this thread");
        try
        {
            if (!body())
            {
                Db.Rollback();
                return false;
            }
            Db.Commit();
            return true;
        }
        catch
        {
            Db.Rollback();
            throw;
        }
    }

    private void InsertDocument(DocumentRecord document, IReadOnlyList<ChunkRecord> chunks, IReadOnlyList<(byte[] Text, byte[] Heading)> vectors)
    {
        document.Id = 0;
        document.ChunkCount = chunks.Count;
        Documents.Insert(document);
        for (var i = 0; i < chunks.Count; i++)
        {
            chunks[i].Id = 0;
            chunks[i].DocumentId = document.Id;
            Chunks.Insert(chunks[i]);
            Vectors.Insert(new VectorRecord { Id = chunks[i].Id, DocumentId = document.Id, Vector = vectors[i].Text, Heading = vectors[i].Heading });
        }
    }

    private void DeleteDocumentContent(int documentId)
    {
        Vectors.DeleteMany(v => v.DocumentId == documentId);
        Chunks.DeleteMany(c => c.DocumentId == documentId);
        Documents.Delete(documentId);
    }
}
