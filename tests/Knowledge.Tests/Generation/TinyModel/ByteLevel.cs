using System.Text;

namespace Edge.Knowledge.Tests.Generation.TinyModel;

/// <summary>
/// GPT-2's byte-to-character table: printable bytes stand for themselves, the rest are shifted to
/// 256+n so that every byte has a visible vocabulary entry (space becomes "Ġ", newline "Ċ").
/// </summary>
internal static class ByteLevel
{
    private static readonly char[] Table = Build();

    /// <summary>The vocabulary character for a byte.</summary>
    public static char Char(byte value) => Table[value];

    /// <summary>A text as its byte-level vocabulary string.</summary>
    public static string Encode(string text)
    {
        var builder = new StringBuilder();
        foreach (var value in Encoding.UTF8.GetBytes(text)) builder.Append(Table[value]);
        return builder.ToString();
    }

    private static char[] Build()
    {
        var table = new char[256];
        int shifted = 0;
        for (int b = 0; b < 256; b++)
        {
            bool printable = b is >= '!' and <= '~' or >= 0xA1 and <= 0xAC or >= 0xAE and <= 0xFF;
            table[b] = printable ? (char)b : (char)(256 + shifted++);
        }

        return table;
    }
}
