namespace Edge.Knowledge.Retrieval;

/// <summary>Turns text into unit-length sentence vectors for semantic search.</summary>
internal interface ITextEmbedder : IDisposable
{
    /// <summary>Identifies the model (name and a hash of its file), stored with vectors so a model change is noticed.</summary>
    string ModelName { get; }

    /// <summary>Length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>The vector of one text.</summary>
    float[] Embed(string text);

    /// <summary>The vectors of several texts, in input order.</summary>
    float[][] EmbedBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
