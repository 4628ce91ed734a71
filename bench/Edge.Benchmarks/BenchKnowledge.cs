using Edge.Knowledge;
using Edge.Knowledge.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Benchmarks;

/// <summary>The knowledge library as the agent composes it, over a scratch data directory.</summary>
internal sealed class BenchKnowledge : IDisposable
{
    private readonly ServiceProvider provider;

    public BenchKnowledge(string dataDirectory, ITextEmbedder? sharedEmbedder = null)
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddKnowledge(configuration.GetSection("Knowledge"), o => o.DataDirectory = dataDirectory);
        if (sharedEmbedder is not null)
            services.AddSingleton(sharedEmbedder);
        provider = services.BuildServiceProvider();
    }

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    public void Dispose() => provider.Dispose();
}

/// <summary>A scratch folder, deleted on dispose.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "edge-bench", Guid.NewGuid().ToString("N"))).FullName;

    public string Sub(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
