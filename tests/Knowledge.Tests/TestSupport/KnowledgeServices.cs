using Edge.Knowledge.Answering;
using Edge.Knowledge.Evaluation;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Knowledge.Tests.TestSupport;

/// <summary>
/// The knowledge library as a host builds it (<c>AddKnowledge</c> over a configuration section) on
/// a real LiteDB file in a temp folder; only the embedding model is shared with the test collection.
/// Disposing closes the database and deletes the folder.
/// </summary>
internal sealed class KnowledgeServices : IDisposable
{
    private readonly ServiceProvider provider;
    private readonly TempDirectory? ownedDirectory;

    private KnowledgeServices(ServiceProvider provider, string dataDirectory, TempDirectory? ownedDirectory)
    {
        this.provider = provider;
        this.ownedDirectory = ownedDirectory;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public IKnowledgeBase Knowledge => provider.GetRequiredService<IKnowledgeBase>();

    public IKnowledgeAssistant Assistant => provider.GetRequiredService<IKnowledgeAssistant>();

    public EvalRunner Evaluation => provider.GetRequiredService<EvalRunner>();

    public KnowledgeStore Store => provider.GetRequiredService<KnowledgeStore>();

    /// <summary>
    /// Services over a fresh temp data directory, or over <paramref name="dataDirectory"/> (which the
    /// caller owns). <paramref name="settings"/> holds keys below the <c>Knowledge</c> section, e.g.
    /// <c>["MaxFileSizeMb"] = "1"</c>.
    /// </summary>
    public static KnowledgeServices Create(MiniLmEmbedder embedder, IReadOnlyDictionary<string, string?>? settings = null, string? dataDirectory = null, TimeProvider? time = null) =>
        Create(embedder.Model, settings, dataDirectory, time);

    /// <summary>The same over any embedder, which the caller owns.</summary>
    public static KnowledgeServices Create(ITextEmbedder embedder, IReadOnlyDictionary<string, string?>? settings = null, string? dataDirectory = null, TimeProvider? time = null)
    {
        var owned = dataDirectory is null ? new TempDirectory() : null;
        var directory = dataDirectory ?? owned!.Path;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection((settings ?? new Dictionary<string, string?>()).Select(s => KeyValuePair.Create("Knowledge:" + s.Key, s.Value)))
            .Build();

        var services = new ServiceCollection()
            .AddLogging()
            .AddKnowledge(configuration.GetSection("Knowledge"), o => o.DataDirectory = directory);
        // Registered after AddKnowledge, so it wins; the container does not dispose an instance it was given.
        services.AddSingleton(embedder);
        if (time is not null)
            services.AddSingleton(time);
        return new KnowledgeServices(services.BuildServiceProvider(), directory, owned);
    }

    public void Dispose()
    {
        provider.Dispose();
        ownedDirectory?.Dispose();
    }
}
