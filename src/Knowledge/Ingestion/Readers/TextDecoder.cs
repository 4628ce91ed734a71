using System.Text;
using Edge.Knowledge.Ingestion.Limits;

namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>
/// Turns the bytes of a text-based file (txt, Markdown, HTML) into a string, rejecting binary junk.
/// UTF-8 (with or without BOM) and UTF-16 with BOM are read as such; anything that is not valid UTF-8
/// is read as Windows-1252, which is what legacy German manuals with umlauts are written in.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads the whole stream and decodes it (see <see cref="Decode(byte[], string)"/>), refusing
    /// text far beyond the character budget before it is decoded or parsed.
    /// </summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file name, for messages.</param>
    /// <param name="budget">The document's budget.</param>
    /// <param name="markupFactor">How many characters of markup the format may spend per character of text (1 for plain text).</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static string Decode(Stream content, string fileName, ReadBudget budget, int markupFactor, CancellationToken cancellationToken = default)
    {
        var bytes = ContentBytes.ReadAll(content, cancellationToken);
        // Every encoding read here spends at most three bytes per character: a file beyond that,
        // times its markup, cannot stay within the budget and is refused before it is decoded.
        if (bytes.LongLength > 3L * markupFactor * budget.Limits.MaxCharacters)
            throw budget.TooManyCharacters();
        return Decode(bytes, fileName);
    }

    /// <summary>Decodes file bytes, or throws <see cref="DocumentReadException"/> for empty or binary content.</summary>
    public static string Decode(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0)
        {
            throw new DocumentReadException($"empty file: {fileName} has zero bytes");
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Checked(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), fileName);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Checked(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), fileName);
        }

        if (bytes.AsSpan().Contains((byte)0))
        {
            throw new DocumentReadException($"binary content: {fileName} contains NUL bytes, it is not a text file");
        }

        var offset = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return Checked(StrictUtf8.GetString(bytes, offset, bytes.Length - offset), fileName);
        }
        catch (DecoderFallbackException)
        {
            // Legacy 8-bit text has a few high bytes among ASCII; random binary has them everywhere.
            var high = bytes.Count(b => b >= 0x80);
            if (high > bytes.Length * 0.3)
            {
                throw new DocumentReadException($"binary content: {fileName} is neither UTF-8 nor legacy 8-bit text");
            }

            return Checked(Windows1252.GetString(bytes, offset, bytes.Length - offset), fileName);
        }
    }

    private static Encoding Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    private static string Checked(string text, string fileName)
    {
        var control = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v'));
        if (control > Math.Max(2, text.Length / 100))
        {
            throw new DocumentReadException($"binary content: {fileName} is full of control characters, it is not a text file");
        }

        return text;
    }
}
