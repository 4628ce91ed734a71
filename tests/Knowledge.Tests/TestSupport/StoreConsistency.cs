using Edge.Knowledge.Storage;

namespace Edge.Knowledge.Tests.TestSupport;

/// <summary>What must hold in the database after any ingest, update, removal or failure.</summary>
internal static class StoreConsistency
{
    /// <summary>Every broken rule as one line; empty when the store is consistent.</summary>
    public static IReadOnlyList<string> Problems(KnowledgeStore store)
    {
        var problems = new List<string>();
        var documents = store.ListDocuments().ToDictionary(d => d.Id);
        var chunks = store.LoadIndexEntries();
        var vectorIds = store.LoadVectors().Select(v => v.ChunkId).ToHashSet();

        foreach (var orphan in chunks.Where(c => !documents.ContainsKey(c.DocumentId)))
            problems.Add($"chunk {orphan.ChunkId} belongs to missing document {orphan.DocumentId}");
        var perDocument = chunks.GroupBy(c => c.DocumentId).ToDictionary(g => g.Key, g => g.Count());
        foreach (var document in documents.Values)
        {
            var stored = perDocument.GetValueOrDefault(document.Id);
            if (stored != document.ChunkCount)
                problems.Add($"{document.Name}: ChunkCount {document.ChunkCount}, chunks stored {stored}");
        }
        if (!vectorIds.SetEquals(chunks.Select(c => c.ChunkId)))
            problems.Add($"{chunks.Count} chunks but {vectorIds.Count} vectors, or ids differ");
        if (store.Count() != (documents.Count, chunks.Count))
            problems.Add($"counts {store.Count()} differ from listed ({documents.Count}, {chunks.Count})");
        return problems;
    }
}
