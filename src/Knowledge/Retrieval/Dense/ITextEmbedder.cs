namespace Edge.Knowledge.Retrieval;

/// <summary>Turns text into unit-length sentence vectors for semantic search.</summary>
/// <remarks>
/// Retrieval models may embed the two sides of a search differently: a question is what someone
/// asks, a passage or heading is what is searched. <see cref="EmbedQueries"/> is for the first,
/// <see cref="Embed"/> and <see cref="EmbedBatch"/> for the second.
/// </remarks>
internal interface ITextEmbedder : IDisposable
{
    /// <summary>Identifies the model (name and a hash of its file), stored with vectors so a model change is noticed.</summary>
    string ModelName { get; }

    /// <summary>Length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>The vector of one passage or heading.</summary>
    float[] Embed(string text);

    /// <summary>The vectors of several passages or headings, in input order.</summary>
    float[][] EmbedBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);

    /// <summary>The vectors of search queries, in input order, with whatever instruction the model expects before a query.</summary>
    float[][] EmbedQueries(IReadOnlyList<string> queries, CancellationToken cancellationToken = default);
}
