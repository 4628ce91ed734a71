using Edge.Knowledge.Answering;

namespace Edge.Knowledge.Tests.TestSupport;

/// <summary>A fresh knowledge base holding one Markdown manual, ingested before the first question.</summary>
internal sealed class OneManualKnowledge(MiniLmEmbedder embedder, string fileName, string manual) : IDisposable
{
    private readonly TempDirectory files = new();
    private readonly KnowledgeServices services = KnowledgeServices.Create(embedder);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Asks the assistant, ingesting the manual first if it is not in yet.</summary>
    public async Task<Answer> AskAsync(string question)
    {
        var path = files.File(fileName);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, manual);
            services.Knowledge.Ingest([path], cancellationToken: Ct);
        }
        return await services.Assistant.AskAsync(new Question(question), cancellationToken: Ct);
    }

    public void Dispose()
    {
        services.Dispose();
        files.Dispose();
    }
}
