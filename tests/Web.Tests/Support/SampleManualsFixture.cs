namespace Edge.Agent.Web.Tests.Support;

/// <summary>
/// One agent with the VMC-850 manual (PDF) and the PL-400 manual (Markdown and HTML) ingested and an
/// admin password, served by Kestrel on a free loopback port so that a real browser can load it too.
/// Shared by every test of the collection: ingestion loads the embedding model once.
/// </summary>
public sealed class SampleManualsFixture : IDisposable
{
    public SampleManualsFixture()
    {
        Factory = new PanelFactory(PanelFactory.WithAdminPassword());
        Factory.UseKestrel(0);
        Factory.StartServer();
        Factory.Ingest("vmc", "vmc-850-cnc-machining-centre.pdf");
        Factory.Ingest("pl400", "pl-400-packaging-line.md", "pl-400-packaging-line.html");
    }

    internal PanelFactory Factory { get; }

    /// <summary>The panel's address, e.g. http://127.0.0.1:40123/.</summary>
    public Uri Address => Factory.ClientOptions.BaseAddress;

    public void Dispose() => Factory.Dispose();
}

/// <summary>The tests that share <see cref="SampleManualsFixture"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SampleManualsCollection : ICollectionFixture<SampleManualsFixture>
{
    public const string Name = "sample manuals";
}
