using System.IO.Compression;
using System.Text;
using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.KnowledgeBase;

/// <summary>
/// One ingest run over a folder of broken files between two good ones, plus an unsupported file
/// named explicitly and a path that does not exist; the size limit is set to 1 MB.
/// </summary>
public sealed class BadInputBatch : IDisposable
{
    public const string MissingPath = "no-such-manual.pdf";
    public const string Unsupported = "wiring.xyz";

    private readonly TempDirectory folder = new();

    public BadInputBatch(MiniLmEmbedder embedder)
    {
        var random = new Random(7);
        File.WriteAllBytes(folder.File("empty.txt"), []);
        File.WriteAllBytes(folder.File("junk.txt"), RandomBytes(random, 8000));
        var pdf = File.ReadAllBytes(RepoFiles.Sample("vmc-850-cnc-machining-centre.pdf"));
        File.WriteAllBytes(folder.File("truncated.pdf"), pdf[..(pdf.Length / 2)]);
        File.WriteAllBytes(folder.File("random.docx"), RandomBytes(random, 8000));
        WriteZipWithoutDocument(folder.File("no-body.docx"));
        File.WriteAllText(folder.File("nul.html"), "<html><body><h1>Press</h1><p>Hydraulic\0oil\0\0level check.</p></body></html>");
        File.WriteAllText(folder.File("too-big.txt"), string.Concat(Enumerable.Repeat("Check the spindle belt tension every month.\n", 50_000)));
        File.WriteAllText(folder.File("good-press.md"), "# Press\n\nCheck the hydraulic oil level every morning before the first stroke.\n");
        File.WriteAllText(folder.File("good-mill.txt"), "SPINDLE\n\nRun the warm-up programme after the weekend before the first cut.\n");
        File.WriteAllText(folder.File(Unsupported), "X1 terminal 4 to relay K2");

        Services = KnowledgeServices.Create(embedder, new Dictionary<string, string?> { ["MaxFileSizeMb"] = "1" });
        Report = Services.Knowledge.Ingest([folder.Path, folder.File(Unsupported), folder.File(MissingPath)]);
    }

    internal KnowledgeServices Services { get; }

    public IngestReport Report { get; }

    public void Dispose()
    {
        Services.Dispose();
        folder.Dispose();
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A valid zip with a content-types part but no word/document.xml.</summary>
    private static void WriteZipWithoutDocument(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open(), Encoding.UTF8);
        writer.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    }
}
