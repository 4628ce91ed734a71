namespace Edge.Knowledge;

/// <summary>Values of <c>Knowledge:Embedder</c>: the bundled sentence-embedding models.</summary>
public static class Embedders
{
    /// <summary>all-MiniLM-L6-v2: general-purpose sentence similarity.</summary>
    public const string MiniLm = "minilm";

    /// <summary>snowflake-arctic-embed-xs: trained for search (a question against passages).</summary>
    public const string ArcticXs = "arctic-xs";

    /// <summary>The value pattern the option is validated against.</summary>
    internal const string Pattern = "^(minilm|arctic-xs)$";
}
