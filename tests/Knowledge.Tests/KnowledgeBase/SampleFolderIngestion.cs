using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.KnowledgeBase;

/// <summary>A folder holding the four canonical sample manuals and their DOCX/Markdown twins, ingested once.</summary>
public sealed class SampleFolderIngestion : IDisposable
{
    private readonly TempDirectory folder = new();

    public SampleFolderIngestion(MiniLmEmbedder embedder)
    {
        var sources = RepoFiles.CanonicalManuals.Concat(RepoFiles.TwinManuals).ToList();
        foreach (var source in sources)
            File.Copy(source, folder.File(Path.GetFileName(source)));
        Files = [.. sources.Select(s => Path.GetFileName(s)).Order(StringComparer.Ordinal)];

        Services = KnowledgeServices.Create(embedder);
        First = Services.Knowledge.Ingest([folder.Path]);
        StatusAfterFirst = Services.Knowledge.GetStatus();
    }

    public IReadOnlyList<string> Files { get; }

    public string FolderPath => folder.Path;

    internal KnowledgeServices Services { get; }

    public IngestReport First { get; }

    public KnowledgeStatus StatusAfterFirst { get; }

    public void Dispose()
    {
        Services.Dispose();
        folder.Dispose();
    }
}
