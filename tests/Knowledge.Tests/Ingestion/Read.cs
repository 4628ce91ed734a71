using System.Text;
using Edge.Knowledge.Ingestion;

namespace Edge.Knowledge.Tests.Ingestion;

/// <summary>Shortcuts for reading in-memory test documents through the reader registry.</summary>
internal static class Read
{
    /// <summary>Reads bytes as a file with the given name.</summary>
    public static ParsedDocument Bytes(byte[] content, string fileName)
    {
        using var stream = new MemoryStream(content);
        return DocumentReaders.Default.Read(stream, fileName, TestContext.Current.CancellationToken);
    }

    /// <summary>Reads UTF-8 text as a file with the given name.</summary>
    public static ParsedDocument Text(string content, string fileName) => Bytes(Encoding.UTF8.GetBytes(content), fileName);

    /// <summary>The message of the read error for the content.</summary>
    public static string Failure(byte[] content, string fileName)
        => Assert.Throws<DocumentReadException>(() => Bytes(content, fileName)).Message;

    /// <summary>Blocks rendered as "Kind[level]: text" lines, easy to assert on.</summary>
    public static List<string> Outline(ParsedDocument document)
        => [.. document.Blocks.Select(b => b.Kind == BlockKind.Heading ? $"H{b.HeadingLevel}: {b.Text}" : $"{b.Kind}: {b.Text}")];
}
