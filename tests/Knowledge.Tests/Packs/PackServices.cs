using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Ingestion.Chunking;
using Edge.Knowledge.Ingestion.Limits;
using Edge.Knowledge.Packs;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Search;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Tests.Packs;

/// <summary>
/// The real store, ingestion pieces, packs and search over one data directory, with the hashing
/// embedder; a hand-written provider answers the lazy lookups the library makes.
/// </summary>
internal sealed class PackServices : IServiceProvider, IDisposable
{
    private static readonly TextAnalysis Analysis = new(Glossary.LoadDefault());
    private readonly Dictionary<Type, object> _services = [];

    public PackServices(string dataDirectory, ITextEmbedder? embedder = null, PackTrustOptions? trust = null, IngestionLimitsOptions? limits = null)
    {
        Database = new KnowledgeDatabase(dataDirectory);
        Store = new KnowledgeStore(Database);
        Embedder = embedder ?? new HashingEmbedder();
        var options = Options.Create(new KnowledgeOptions { DataDirectory = dataDirectory, DefaultCollection = "line3" });
        _services[typeof(KnowledgeStore)] = Store;
        _services[typeof(ITextEmbedder)] = Embedder;
        _services[typeof(DocumentReaders)] = DocumentReaders.Default;
        _services[typeof(Chunker)] = new Chunker();
        _services[typeof(TextAnalysis)] = Analysis;
        Packs = new KnowledgePacks(this, options, Microsoft.Extensions.Options.Options.Create(limits ?? new IngestionLimitsOptions()),
            Microsoft.Extensions.Options.Options.Create(trust ?? new PackTrustOptions { AllowUnsigned = true }), TimeProvider.System);
        var search = Microsoft.Extensions.Options.Options.Create(new SearchOptions());
        var dictionary = new Edge.Knowledge.Retrieval.Dictionary.KnowledgeDictionary(Store, Analysis, Microsoft.Extensions.Options.Options.Create(new KnowledgeOptions()),
            NullLogger<Edge.Knowledge.Retrieval.Dictionary.KnowledgeDictionary>.Instance);
        Searcher = new HybridSearcher(new SearchIndexCache(Store, dictionary, search, NullLogger<SearchIndexCache>.Instance), Store, Analysis, Embedder, search, NullLogger<HybridSearcher>.Instance);
    }

    public KnowledgeDatabase Database { get; }

    public KnowledgeStore Store { get; }

    public ITextEmbedder Embedder { get; }

    public IKnowledgePacks Packs { get; }

    public HybridSearcher Searcher { get; }

    public object? GetService(Type serviceType) => _services.GetValueOrDefault(serviceType);

    /// <summary>Installs <paramref name="pack"/>, expecting a refusal: returns its one-line message, having checked nothing changed.</summary>
    public string Refusal(string pack)
    {
        var version = Store.Version;
        var error = Assert.Throws<KnowledgePackException>(() => Packs.Install(pack, TestContext.Current.CancellationToken));
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(version, Store.Version);
        return error.Message;
    }

    /// <summary>Document names of a collection.</summary>
    public string[] Documents(string collection) => [.. Store.ListDocuments(collection).Select(d => d.Name)];

    public void Dispose() => Database.Dispose();
}
