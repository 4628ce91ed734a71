using System.Text;

namespace Edge.Knowledge.Tests.Ingestion;

/// <summary>Writes minimal PDFs byte by byte for cases PdfPig's builder cannot make, such as encryption.</summary>
internal static class HandWrittenPdf
{
    /// <summary>A one-page PDF whose trailer names a standard security handler; no password opens it.</summary>
    public static byte[] Encrypted()
    {
        var hex32 = new string('A', 64);
        return Assemble(
            ["<< /Type /Catalog /Pages 2 0 R >>",
             "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
             "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
             $"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{hex32}> /U <{hex32}> >>"],
            "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
    }

    private static byte[] Assemble(string[] objects, string trailerExtra)
    {
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
