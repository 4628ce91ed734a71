using Edge.Knowledge.Storage;

namespace Edge.Knowledge.Tests.Storage;

public sealed class KnowledgeStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static DocumentRecord Doc(string name, string collection = "vmc") =>
        new() { Name = name, Collection = collection, Sha256 = "ab", Format = "text", Title = name, IngestedAtUtc = DateTime.UtcNow };

    private static (byte[] Text, byte[] Heading) V(params byte[] text) => (text, []);

    private static ChunkRecord Second(ChunkRecord chunk)
    {
        chunk.Ordinal = 1;
        return chunk;
    }

    private static ChunkRecord Chunk(string text, params string[] section) =>
        new() { Text = text, Section = section, Collection = "vmc", Terms = text.Split(' ') };

    [Fact]
    public void ReplaceDocument_ThenReopen_KeepsDocumentChunksAndVectors()
    {
        using (var db = new KnowledgeDatabase(_dir.Path))
        {
            var store = new KnowledgeStore(db);
            store.ReplaceDocument(Doc("a.txt"), [Chunk("spindle warm up", "Spindle"), Second(Chunk("coolant pump", "Coolant"))], [V(1, 2), V(3, 4)], "model-x");
        }

        using var reopened = new KnowledgeDatabase(_dir.Path);
        var again = new KnowledgeStore(reopened);
        var doc = again.FindDocument("vmc", "a.txt");
        Assert.NotNull(doc);
        Assert.Equal(2, doc.ChunkCount);
        var chunks = again.GetDocumentChunks(doc.Id);
        Assert.Equal(["Spindle"], chunks[0].Section);
        Assert.Equal("coolant pump", chunks[1].Text);
        Assert.Equal(2, again.LoadVectors().Count());
        Assert.Equal("model-x", again.EmbeddingModel);
        Assert.Equal(1, again.Version);
    }

    [Fact]
    public void ReplaceDocument_SameName_ReplacesOldChunks()
    {
        using var db = new KnowledgeDatabase(_dir.Path);
        var store = new KnowledgeStore(db);
        store.ReplaceDocument(Doc("a.txt"), [Chunk("old one"), Chunk("old two")], [V(1), V(2)], "m");
        store.ReplaceDocument(Doc("a.txt"), [Chunk("new")], [V(3)], "m");

        Assert.Equal((1, 1), store.Count());
        Assert.Equal("new", store.LoadIndexEntries().Single().Terms.Single());
        Assert.Single(store.LoadVectors());
        Assert.Equal(2, store.Version);
    }

    [Fact]
    public void ReplaceDocument_WithOtherEmbeddingModel_IsRefusedAndChangesNothing()
    {
        using var db = new KnowledgeDatabase(_dir.Path);
        var store = new KnowledgeStore(db);
        store.ReplaceDocument(Doc("a.txt"), [Chunk("x")], [V(1)], "minilm");

        var error = Assert.Throws<KnowledgeStoreException>(() =>
            store.ReplaceDocument(Doc("b.txt"), [Chunk("y")], [V(2)], "multilingual"));

        Assert.Contains("minilm", error.Message, StringComparison.Ordinal);
        Assert.Contains("multilingual", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), store.Count());
    }

    [Fact]
    public void ReplaceDocument_FailingHalfWay_RollsBackToOldContent()
    {
        using var db = new KnowledgeDatabase(_dir.Path);
        var store = new KnowledgeStore(db);
        store.ReplaceDocument(Doc("a.txt"), [Chunk("old")], [V(1)], "m");

        // A vector count that does not match is refused before anything is written; a null
        // chunk fails inside the transaction, after the old content was deleted.
        Assert.ThrowsAny<Exception>(() => store.ReplaceDocument(Doc("a.txt"), [Chunk("new"), null!], [V(2), V(3)], "m"));

        Assert.Equal((1, 1), store.Count());
        Assert.Equal("old", store.LoadIndexEntries().Single().Terms.Single());
    }

    [Fact]
    public void RemoveDocument_DeletesItsChunksAndVectorsOnly()
    {
        using var db = new KnowledgeDatabase(_dir.Path);
        var store = new KnowledgeStore(db);
        store.ReplaceDocument(Doc("a.txt"), [Chunk("a")], [V(1)], "m");
        store.ReplaceDocument(Doc("b.txt"), [Chunk("b")], [V(2)], "m");

        Assert.True(store.RemoveDocument("vmc", "a.txt"));
        Assert.False(store.RemoveDocument("vmc", "a.txt"));

        Assert.Equal((1, 1), store.Count());
        Assert.Null(store.FindDocument("vmc", "a.txt"));
        Assert.Single(store.LoadVectors());
    }

    [Fact]
    public void FindDocument_IsScopedByCollection()
    {
        using var db = new KnowledgeDatabase(_dir.Path);
        var store = new KnowledgeStore(db);
        store.ReplaceDocument(Doc("manual.pdf", "press"), [Chunk("a")], [V(1)], "m");

        Assert.Null(store.FindDocument("vmc", "manual.pdf"));
        Assert.NotNull(store.FindDocument("press", "manual.pdf"));
        Assert.Equal(["press"], store.ListCollections());
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_FailsWithClearMessage()
    {
        File.WriteAllText(_dir.File(KnowledgeDatabase.FileName), new string('x', 10000));

        var error = Assert.Throws<KnowledgeStoreException>(() => new KnowledgeDatabase(_dir.Path));

        Assert.Contains(KnowledgeDatabase.FileName, error.Message, StringComparison.Ordinal);
    }
}
