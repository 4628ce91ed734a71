namespace Edge.Knowledge.Retrieval;

/// <summary>A glossary file has a line that is not <c>german&lt;TAB&gt;english</c>; the message names file and line.</summary>
internal sealed class GlossaryFormatException : Exception
{
    /// <summary>Creates the exception for line <paramref name="lineNumber"/> of <paramref name="source"/>.</summary>
    public GlossaryFormatException(string source, int lineNumber, string problem)
        : base($"Glossary {source}, line {lineNumber}: {problem}")
    {
        FileName = source;
        LineNumber = lineNumber;
    }

    /// <summary>The glossary file (or resource) name.</summary>
    public string FileName { get; }

    /// <summary>1-based number of the offending line.</summary>
    public int LineNumber { get; }
}
