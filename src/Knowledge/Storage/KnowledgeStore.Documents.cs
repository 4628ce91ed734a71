namespace Edge.Knowledge.Storage;

internal sealed partial class KnowledgeStore
{
    /// <summary>The document with this name in this collection, or null.</summary>
    public DocumentRecord? FindDocument(string collection, string name)
    {
        // Same expression as the unique index "key", so LiteDB answers from the index.
        var key = collection.ToLowerInvariant() + "/" + name;
        return Documents.FindOne(LiteDB.BsonExpression.Create("LOWER($.Collection) + '/' + $.Name = @0", key));
    }

    /// <summary>All documents, optionally of one collection, by name.</summary>
    public IReadOnlyList<DocumentRecord> ListDocuments(string? collection = null)
    {
        var all = collection is null
            ? Documents.FindAll()
            : Documents.Find(d => d.Collection == collection);
        return [.. all.OrderBy(d => d.Collection, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal)];
    }

    /// <summary>Names of the collections that hold at least one document.</summary>
    public IReadOnlyList<string> ListCollections() =>
        [.. Documents.FindAll().Select(d => d.Collection).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Counts for status reports.</summary>
    public (int Documents, int Chunks) Count() => (Documents.Count(), Chunks.Count());

    /// <summary>The chunks with these ids that still exist, in no particular order.</summary>
    /// <remarks>One query, not one per id: in shared mode every LiteDB operation opens the file.</remarks>
    public IReadOnlyList<ChunkRecord> GetChunks(IEnumerable<int> ids)
    {
        var keys = ids.Distinct().Select(id => new LiteDB.BsonValue(id)).ToArray();
        return keys.Length == 0 ? [] : [.. Chunks.Find(LiteDB.Query.In("_id", keys))];
    }

    /// <summary>The documents with these ids that still exist, by id; one query.</summary>
    public IReadOnlyDictionary<int, DocumentRecord> GetDocuments(IEnumerable<int> ids)
    {
        var keys = ids.Distinct().Select(id => new LiteDB.BsonValue(id)).ToArray();
        return keys.Length == 0 ? new Dictionary<int, DocumentRecord>() : Documents.Find(LiteDB.Query.In("_id", keys)).ToDictionary(d => d.Id);
    }

    /// <summary>All chunks of a document, in order.</summary>
    public IReadOnlyList<ChunkRecord> GetDocumentChunks(int documentId) =>
        [.. Chunks.Find(c => c.DocumentId == documentId).OrderBy(c => c.Ordinal).ThenBy(c => c.Id)];
}
