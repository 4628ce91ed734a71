using Edge.Agent.Models;

namespace Edge.Agent.Tests.Models;

public sealed class ModelCatalogTests
{
    [Fact]
    public void EmbeddedCatalog_ListsWhisperSizesQuantizedVariantsAndAGenAiModel()
    {
        var catalog = ModelCatalog.Embedded();

        foreach (var name in new[] { "tiny", "base", "small", "tiny-q5_1", "base-q5_1", "small-q5_1" })
            Assert.Equal(ModelKinds.Whisper, catalog.Find(name)?.Kind);
        var llm = Assert.Single(catalog.Models, m => m.Kind == ModelKinds.Llm);
        Assert.Contains(llm.Files, f => f.Path.EndsWith("/genai_config.json", StringComparison.Ordinal));
        Assert.Contains(llm.Files, f => f.Path.EndsWith("/tokenizer.json", StringComparison.Ordinal));
    }

    [Fact]
    public void EmbeddedCatalog_UsesHttpsAndEitherAFullHashOrNone()
    {
        foreach (var file in ModelCatalog.Embedded().Models.SelectMany(m => m.Files))
        {
            Assert.StartsWith("https://huggingface.co/", file.Url, StringComparison.Ordinal);
            Assert.True(file.Sha256 is null || Sha256Hex.IsValid(file.Sha256), file.Path);
            Assert.True(file.Sha256 is null == file.Size is null, $"{file.Path}: hash and size come from the same source");
        }
    }

    [Fact]
    public void Catalog_WithTraversalOrUnknownKind_IsRefusedWithTheReason()
    {
        using var folder = new TempDirectory();
        var path = ModelFixtures.WriteCatalog(folder.Path, new CatalogModel("evil", ModelKinds.Whisper, null, [new CatalogFile("../../x.bin", "https://example.invalid/x", null, null)]));
        Assert.Contains("must be relative", Assert.Throws<InvalidDataException>(() => ModelCatalog.Load(path)).Message, StringComparison.Ordinal);

        path = ModelFixtures.WriteCatalog(folder.Path, new CatalogModel("odd", "vision", null, [new CatalogFile("x.bin", "https://example.invalid/x", null, null)]));
        Assert.Contains("unknown kind 'vision'", Assert.Throws<InvalidDataException>(() => ModelCatalog.Load(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Listing_ShowsPresentPartialAndMissingModels()
    {
        using var folder = new TempDirectory();
        var content = ModelFixtures.RandomBytes(100);
        File.WriteAllBytes(folder.File("ggml-a.bin"), content);
        File.WriteAllBytes(folder.File("ggml-b.bin.part"), content[..10]);
        ModelManifest.Empty.With(new ManifestModel("a", ModelKinds.Whisper, [new ManifestFile("ggml-a.bin", ModelFixtures.Sha256(content), 100)])).Save(folder.Path);
        var catalog = new ModelCatalog([
            ModelFixtures.Whisper("a", "https://example.invalid/a", null),
            ModelFixtures.Whisper("b", "https://example.invalid/b", null),
            ModelFixtures.Whisper("c", "https://example.invalid/c", null, 5)]);

        var listing = ModelListing.Build(catalog, ModelManifest.Load(folder.Path), folder.Path);

        Assert.Equal(["present", "partial", "missing"], listing.Select(l => l.State));
        Assert.Equal([100L, null, 5L], listing.Select(l => l.Size));
    }
}
