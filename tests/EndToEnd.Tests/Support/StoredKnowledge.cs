using Edge.Knowledge.Storage;
using LiteDB;

namespace Edge.EndToEnd.Tests.Support;

/// <summary>
/// Reads a data directory's database the way a fresh process would, through the public
/// <see cref="KnowledgeDatabase"/>, and checks the rules every ingest must leave intact. The
/// collection names are those of DESIGN.md's storage section.
/// </summary>
internal static class StoredKnowledge
{
    /// <summary>Opens the database (running LiteDB's recovery if a writer died) and lists every broken rule.</summary>
    public static (int Documents, IReadOnlyList<string> Problems) Check(string dataDirectory)
    {
        using var database = new KnowledgeDatabase(dataDirectory);
        var db = database.Database;
        var documents = db.GetCollection("documents").FindAll().ToDictionary(d => d["_id"].AsInt32, d => (Name: d["Name"].AsString, ChunkCount: d["ChunkCount"].AsInt32));
        var chunks = db.GetCollection("chunks").FindAll().Select(c => (Id: c["_id"].AsInt32, DocumentId: c["DocumentId"].AsInt32)).ToList();
        var vectors = db.GetCollection("vectors").FindAll().Select(v => v["_id"].AsInt32).ToHashSet();

        var problems = new List<string>();
        foreach (var orphan in chunks.Where(c => !documents.ContainsKey(c.DocumentId)))
            problems.Add($"chunk {orphan.Id} belongs to missing document {orphan.DocumentId}");
        var perDocument = chunks.GroupBy(c => c.DocumentId).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (id, document) in documents)
        {
            if (perDocument.GetValueOrDefault(id) != document.ChunkCount)
                problems.Add($"{document.Name}: ChunkCount {document.ChunkCount}, chunks stored {perDocument.GetValueOrDefault(id)}");
        }
        if (!vectors.SetEquals(chunks.Select(c => c.Id)))
            problems.Add($"{chunks.Count} chunks but {vectors.Count} vectors, or their ids differ");
        return (documents.Count, problems);
    }
}
