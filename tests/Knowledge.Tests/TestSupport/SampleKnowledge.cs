using Edge.Knowledge.Evaluation;

namespace Edge.Knowledge.Tests.TestSupport;

/// <summary>
/// The four canonical sample manuals ingested once into a temp knowledge base, for the tests
/// that only read it (search, answers, evaluation); also makes empty knowledge bases with the
/// same embedding model.
/// </summary>
public sealed class SampleKnowledge : IDisposable
{
    private readonly MiniLmEmbedder embedder = new();

    public SampleKnowledge()
    {
        Services = KnowledgeServices.Create(embedder);
        var report = Services.Knowledge.Ingest(RepoFiles.CanonicalManuals);
        if (report.HasFailures || report.Files.Count != 4)
            throw new InvalidOperationException("sample manuals did not ingest: " + string.Join("; ", report.Files.Select(f => $"{f.Document} {f.Outcome} {f.Reason}")));
        Questions = EvalQuestion.Load(RepoFiles.SampleQuestions);
    }

    internal KnowledgeServices Services { get; }

    public IKnowledgeBase Knowledge => Services.Knowledge;

    public IReadOnlyList<EvalQuestion> Questions { get; }

    public EvalQuestion Question(string id) => Questions.Single(q => q.Id == id);

    /// <summary>A knowledge base with nothing in it, over a fresh temp folder or the given one.</summary>
    internal KnowledgeServices Empty(string? dataDirectory = null) => KnowledgeServices.Create(embedder, dataDirectory: dataDirectory);

    public void Dispose()
    {
        Services.Dispose();
        embedder.Dispose();
    }
}

/// <summary>Tests that read the ingested sample manuals.</summary>
[CollectionDefinition(Name)]
public sealed class SampleKnowledgeCollection : ICollectionFixture<SampleKnowledge>
{
    public const string Name = "Sample manuals in a knowledge base";
}
