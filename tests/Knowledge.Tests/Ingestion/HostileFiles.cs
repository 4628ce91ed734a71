using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Edge.Knowledge.Tests.Ingestion;

/// <summary>
/// Files that weigh little on disk and expand to a lot when read: compression bombs, floods of
/// glyphs, deep nesting. Built with the BCL only, so the end-to-end tests can share them.
/// </summary>
internal static class HostileFiles
{
    private const int Block = 1 << 20;

    /// <summary>A one-page PDF whose content stream is Flate-compressed twice and inflates to <paramref name="expandedBytes"/> spaces.</summary>
    public static byte[] PdfWithExpandingStream(long expandedBytes) =>
        Pdf([Zlib(Zlib(Repeated((byte)' ', expandedBytes)))], "/Filter [/FlateDecode /FlateDecode]");

    /// <summary>A PDF of <paramref name="pages"/> pages, each showing <paramref name="lettersPerPage"/> letters in one text operator.</summary>
    public static byte[] PdfWithLetters(int pages, int lettersPerPage)
    {
        var content = Encoding.ASCII.GetBytes($"BT /F1 10 Tf 40 700 Td ({new string('W', lettersPerPage)}) Tj ET");
        var compressed = Zlib(new MemoryStream(content));
        return Pdf([.. Enumerable.Repeat(compressed, pages)], "/Filter /FlateDecode");
    }

    /// <summary>A Word document whose word/document.xml inflates to about <paramref name="expandedBytes"/> of one run of text.</summary>
    public static void DocxWithExpandingPart(string path, long expandedBytes)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        WriteEntry(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """);
        WriteEntry(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
            """);
        using var document = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
        document.Write(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"));
        Repeated((byte)'A', expandedBytes).CopyTo(document);
        document.Write(Encoding.UTF8.GetBytes("</w:t></w:r></w:p></w:body></w:document>"));
    }

    /// <summary>HTML of <paramref name="depth"/> nested <c>div</c>s.</summary>
    public static string NestedHtml(int depth) =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "Open the guard." + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

    /// <summary>Writes <paramref name="bytes"/> of plain, wordy text.</summary>
    public static void LongText(string path, long bytes)
    {
        var line = Encoding.ASCII.GetBytes("Check the spindle belt tension and the lubrication pump every month.\n");
        using var file = File.Create(path);
        for (long written = 0; written < bytes; written += line.Length)
            file.Write(line);
    }

    /// <summary>A tar.gz with only one entry, vectors.bin, of <paramref name="expandedBytes"/> zeros.</summary>
    public static void PackBomb(string path, long expandedBytes)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "vectors.bin") { DataStream = Repeated(0, expandedBytes) });
    }

    private static Stream Repeated(byte value, long length) => new RepeatedByteStream(value, length);

    private static byte[] Zlib(byte[] data) => Zlib(new MemoryStream(data));

    private static byte[] Zlib(Stream data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal))
            data.CopyTo(zlib, Block);
        return compressed.ToArray();
    }

    private static void WriteEntry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    // Objects 1–3 are catalog, pages and font; each page takes a page object and a content stream.
    private static byte[] Pdf(IReadOnlyList<byte[]> contents, string filter)
    {
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Write(string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{body}\nendobj\n"));
        }

        Write("%PDF-1.4\n");
        var kids = string.Join(' ', Enumerable.Range(0, contents.Count).Select(i => $"{4 + 2 * i} 0 R"));
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Pages /Kids [{kids}] /Count {contents.Count} >>"));
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        for (var i = 0; i < contents.Count; i++)
        {
            Object(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>"));
            offsets.Add(pdf.Position);
            Write(string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n<< /Length {contents[i].Length} {filter} >>\nstream\n"));
            pdf.Write(contents[i]);
            Write("\nendstream\nendobj\n");
        }

        var xref = pdf.Position;
        Write(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
            Write(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    /// <summary>A stream of one byte value, produced as it is read; seekable, so archive writers know its length.</summary>
    private sealed class RepeatedByteStream(byte value, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => _position = Math.Clamp(value, 0, length); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill(value);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) =>
            Position = origin switch { SeekOrigin.Begin => offset, SeekOrigin.Current => _position + offset, _ => length + offset };
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
