namespace Edge.Knowledge.Ingestion.Chunking;

/// <summary>Counts words the way chunk sizes are measured: runs of non-whitespace.</summary>
internal static class WordCounter
{
    /// <summary>Number of whitespace-separated words.</summary>
    public static int Count(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }
}
