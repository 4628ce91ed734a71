using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.KnowledgeBase;

/// <summary>Ingestion tests: each builds its own knowledge base; the embedding model is loaded once for all.</summary>
[CollectionDefinition(Name)]
public sealed class KnowledgeBaseCollection : ICollectionFixture<MiniLmEmbedder>
{
    public const string Name = "Knowledge base on LiteDB with MiniLM";
}
