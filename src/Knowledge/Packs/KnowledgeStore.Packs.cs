using Edge.Knowledge.Packs;

namespace Edge.Knowledge.Storage;

/// <summary>A document with its chunks and their packed vectors, as a pack carries it.</summary>
internal sealed record StoredDocument(DocumentRecord Document, IReadOnlyList<ChunkRecord> Chunks, IReadOnlyList<(byte[] Text, byte[] Heading)> Vectors);

// Kept with the pack code it serves: whole-collection export and replacement.
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
        if (!Db.BeginTrans())
            throw new InvalidOperationException("a knowledge transaction is already running on this thread");
        try
        {
            foreach (var old in Documents.Find(d => d.Collection == collection).Select(d => d.Id).ToList())
                DeleteDocumentContent(old);
            foreach (var (document, chunks, vectors) in documents)
            {
                document.Id = 0;
                document.Collection = collection;
                document.ChunkCount = chunks.Count;
                Documents.Insert(document);
                for (var i = 0; i < chunks.Count; i++)
                {
                    chunks[i].Id = 0;
                    chunks[i].DocumentId = document.Id;
                    chunks[i].Collection = collection;
                    Chunks.Insert(chunks[i]);
                    Vectors.Insert(new VectorRecord { Id = chunks[i].Id, DocumentId = document.Id, Vector = vectors[i].Text, Heading = vectors[i].Heading });
                }
            }
            if (EmbeddingModel is null)
                SetMeta(MetaKeys.EmbeddingModel, embeddingModel);
            foreach (var (key, value) in meta)
                SetMeta(key, value);
            SetMeta(MetaKeys.PackVersion, PackSummaryLine(collection, meta));
            BumpVersion();
            Db.Commit();
        }
        catch
        {
            Db.Rollback();
            throw;
        }
    }

    /// <summary>Meta values whose key starts with <paramref name="prefix"/>, by key.</summary>
    public IReadOnlyDictionary<string, string> GetMetaByPrefix(string prefix) =>
        Meta.Find(m => m.Id.StartsWith(prefix)).ToDictionary(m => m.Id, m => m.Value, StringComparer.Ordinal);

    /// <summary>"collection@version, …" of every installed pack, for the one-line status.</summary>
    private string PackSummaryLine(string collection, IReadOnlyDictionary<string, string> pending)
    {
        var versions = GetMetaByPrefix("pack.version.").ToDictionary(p => p.Key["pack.version.".Length..], p => p.Value, StringComparer.Ordinal);
        if (pending.TryGetValue(PackFormat.VersionKey(collection), out var version))
            versions[collection] = version;
        return string.Join(", ", versions.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}@{p.Value}"));
    }
}
