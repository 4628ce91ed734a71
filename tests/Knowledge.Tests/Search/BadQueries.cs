namespace Edge.Knowledge.Tests.Search;

/// <summary>Input that is not a question: empty, blank, far too long, control characters, binary.</summary>
public static class BadQueries
{
    public static TheoryData<string, string> All => new()
    {
        { "empty", "" },
        { "whitespace", " \t\r\n  " },
        { "10,000 characters", string.Concat(Enumerable.Repeat("spindle ", 1250)) },
        { "control characters", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008" },
        { "binary", Binary() },
        { "punctuation only", "?!? ... --- ***" },
    };

    /// <summary>Random bytes read as Latin-1, as when a file is piped in by mistake.</summary>
    private static string Binary()
    {
        var bytes = new byte[400];
        new Random(11).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 3)
            bytes[i] = (byte)(i % 32);
        return System.Text.Encoding.Latin1.GetString(bytes);
    }
}
