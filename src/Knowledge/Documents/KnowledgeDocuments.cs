using Edge.Knowledge.Storage;

namespace Edge.Knowledge.Documents;

/// <summary>Reads documents back from the store by the name citations give them.</summary>
internal sealed class KnowledgeDocuments(KnowledgeStore store) : IKnowledgeDocuments
{
    public StoredDocument? Find(string document, string? collection = null)
    {
        if (string.IsNullOrEmpty(document))
            return null;
        var record = collection is null
            ? store.ListCollections().Select(c => store.FindDocument(c, document)).FirstOrDefault(d => d is not null)
            : store.FindDocument(CollectionName.Normalize(collection), document);
        return record is null ? null : new StoredDocument(
            record.Name, record.Collection, record.Title, record.Format, record.SourcePath, record.SizeBytes, record.Sha256,
            record.ChunkCount, record.IngestedAtUtc, record.Pages) { Id = record.Id };
    }

    public IReadOnlyList<StoredPassage> ReadPassages(StoredDocument document) =>
        [.. store.GetDocumentChunks(document.Id).Select(c => new StoredPassage(c.Section, c.Page, c.Text))];
}
