using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Storage;
using Edge.Knowledge.Tests.Packs;
using Edge.Knowledge.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Tests.Retrieval;

public sealed class EmbedderChoiceTests(MiniLmFixture miniLm, ArcticXsFixture arcticXs) : IClassFixture<MiniLmFixture>, IClassFixture<ArcticXsFixture>
{
    private const string Manual = """
        # Spindle

        ## Drive belt

        Switch off the main power, loosen the four motor plate screws and slip the old belt off both pulleys.
        Fit the new belt and tension it until it deflects 5 mm under thumb pressure.

        # Coolant

        The tank holds 40 litres. Check the level weekly and top up with 5 % emulsion.
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("bert")]
    [InlineData("MiniLM")]
    [InlineData("")]
    public void UnknownEmbedder_IsRefusedWithTheKeyNamed(string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(new() { ["Knowledge:Embedder"] = value }));

        Assert.Contains(error.Failures, f => f.Contains("Knowledge:Embedder", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Embedders.MiniLm)]
    [InlineData(Embedders.ArcticXs)]
    public void KnownEmbedder_IsAccepted(string value) => Assert.Equal(value, Options(new() { ["Knowledge:Embedder"] = value }).Embedder);

    [Fact]
    public void Default_IsMiniLm() => Assert.Equal(Embedders.MiniLm, Options([]).Embedder);

    [Fact]
    public void Factory_CreatesTheNamedBundledModel()
    {
        using var embedder = EmbedderFactory.Create(new KnowledgeOptions { Embedder = Embedders.ArcticXs, InferenceThreads = 1 });

        Assert.Equal(arcticXs.Embedder.ModelName, embedder.ModelName);
        Assert.NotEqual(miniLm.Embedder.ModelName, embedder.ModelName);
    }

    [Fact]
    public void SearchAndIngestion_EmbedTheQuestionAsAQueryAndPassagesAndHeadingsAsPassages()
    {
        using var files = new TempDirectory();
        using var embedder = new RecordingEmbedder();
        using var services = KnowledgeServices.Create(embedder);
        File.WriteAllText(files.File("mill.md"), Manual);

        services.Knowledge.Ingest([files.File("mill.md")], cancellationToken: Ct);
        services.Knowledge.Search("How do I tension the spindle belt?", cancellationToken: Ct);

        // Ingestion also asks questions of its own (the decline line's off-topic bank): queries too.
        Assert.Contains("How do I tension the spindle belt?", embedder.Queries);
        Assert.DoesNotContain(embedder.Queries, q => q.Contains("thumb pressure", StringComparison.Ordinal) || q == "Drive belt");
        Assert.Contains(embedder.Passages, p => p.Contains("thumb pressure", StringComparison.Ordinal));
        Assert.Contains("Drive belt", embedder.Passages);
        Assert.DoesNotContain(embedder.Passages, p => p.Contains("How do I", StringComparison.Ordinal) || embedder.Queries.Contains(p));
    }

    [Fact]
    public void KnowledgeBaseOfOneModel_IsRefusedByTheOther_WithBothModelsNamed()
    {
        using var files = new TempDirectory();
        using var data = new TempDirectory();
        File.WriteAllText(files.File("mill.md"), Manual);
        using (var arctic = KnowledgeServices.Create(arcticXs.Embedder, dataDirectory: data.Path))
        {
            arctic.Knowledge.Ingest([files.File("mill.md")], cancellationToken: Ct);
            Assert.Equal("Drive belt", arctic.Knowledge.Search("How do I replace the spindle belt?", cancellationToken: Ct)[0].Section);
        }

        using var mini = KnowledgeServices.Create(miniLm.Embedder, dataDirectory: data.Path);
        var search = Assert.Throws<KnowledgeStoreException>(() => mini.Knowledge.Search("How do I replace the spindle belt?", cancellationToken: Ct));
        File.WriteAllText(files.File("lathe.md"), "# Lathe\n\nOil the ways daily.\n");
        var ingest = Assert.Throws<KnowledgeStoreException>(() => mini.Knowledge.Ingest([files.File("lathe.md")], cancellationToken: Ct));

        foreach (var error in new[] { search, ingest })
        {
            Assert.Contains($"built with embedding model '{arcticXs.Embedder.ModelName}', but '{miniLm.Embedder.ModelName}' is configured", error.Message, StringComparison.Ordinal);
            Assert.Contains("Knowledge:Embedder", error.Message, StringComparison.Ordinal);
        }
        Assert.Equal(["mill.md"], mini.Knowledge.ListDocuments().Select(d => d.Name));
    }

    private static KnowledgeOptions Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddLogging().AddKnowledge(configuration.GetSection("Knowledge")).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
    }

    /// <summary>The hashing stand-in, noting which texts were embedded as queries and which as passages.</summary>
    private sealed class RecordingEmbedder : ITextEmbedder
    {
        private readonly HashingEmbedder inner = new();

        public List<string> Queries { get; } = [];

        public List<string> Passages { get; } = [];

        public string ModelName => inner.ModelName;

        public int Dimensions => inner.Dimensions;

        public float[] Embed(string text) => EmbedBatch([text])[0];

        public float[][] EmbedBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            lock (Passages)
                Passages.AddRange(texts);
            return inner.EmbedBatch(texts, cancellationToken);
        }

        public float[][] EmbedQueries(IReadOnlyList<string> queries, CancellationToken cancellationToken = default)
        {
            lock (Queries)
                Queries.AddRange(queries);
            return inner.EmbedBatch(queries, cancellationToken);
        }

        public void Dispose()
        {
        }
    }
}
