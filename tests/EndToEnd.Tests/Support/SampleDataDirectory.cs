namespace Edge.EndToEnd.Tests.Support;

/// <summary>A data directory into which <c>edge-agent ingest</c> put the four canonical sample manuals, once per run.</summary>
public sealed class SampleDataDirectory : IAsyncLifetime
{
    private readonly TempDirectory folder = new();

    public string Path => folder.Path;

    /// <summary>The ingest run that filled the directory.</summary>
    public CliRun Ingest { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Ingest = await EdgeAgentCli.RunAsync([.. Command("ingest"), .. RepoFiles.CanonicalManuals]);

    /// <summary>The command name followed by <c>--data-dir</c> of this directory.</summary>
    public string[] Command(string name) => [name, "--data-dir", folder.Path];

    public ValueTask DisposeAsync()
    {
        folder.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>Command-line tests over the ingested sample manuals.</summary>
[CollectionDefinition(Name)]
public sealed class SampleDataCollection : ICollectionFixture<SampleDataDirectory>
{
    public const string Name = "edge-agent over the sample manuals";
}
