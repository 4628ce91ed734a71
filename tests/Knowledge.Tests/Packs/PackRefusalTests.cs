using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Edge.Knowledge.Packs;

namespace Edge.Knowledge.Tests.Packs;

/// <summary>Damaged or foreign packs are refused with one line, and the board keeps its content.</summary>
public sealed class PackRefusalTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly PackServices _central;
    private readonly PackServices _board;
    private readonly string _pack;

    public PackRefusalTests()
    {
        _central = new PackServices(_dir.File("central"));
        _board = new PackServices(_dir.File("board"));
        _pack = _dir.File("line3-1.0.tar.gz");
        _central.Packs.Build([PackFiles.Manuals(_dir)], _pack, "line3", "1.0");
        _board.Packs.Install(_pack);
    }

    public void Dispose()
    {
        _central.Dispose();
        _board.Dispose();
        _dir.Dispose();
    }

    /// <summary>Installs <paramref name="pack"/> and returns the refusal, checking the board kept its content.</summary>
    private string Refused(string pack, PackServices? board = null) => (board ?? _board).Refusal(pack);

    private string Rebuilt(Func<string, byte[], byte[]> change)
    {
        var copy = _dir.File($"changed-{Guid.NewGuid():N}.tar.gz");
        using (var input = new TarReader(new GZipStream(File.OpenRead(_pack), CompressionMode.Decompress)))
        using (var output = new TarWriter(new GZipStream(File.Create(copy), CompressionLevel.Fastest), TarEntryFormat.Pax))
        {
            while (input.GetNextEntry(copyData: true) is { } entry)
            {
                using var content = new MemoryStream();
                entry.DataStream!.CopyTo(content);
                var bytes = change(entry.Name, content.ToArray());
                output.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, entry.Name) { DataStream = new MemoryStream(bytes) });
            }
        }
        return copy;
    }

    [Fact]
    public void AFlippedByte_IsRefused() =>
        Assert.Matches("damaged|checksum mismatch", Refused(PackFiles.WithFlippedByte(_pack, new FileInfo(_pack).Length / 2)));

    [Fact]
    public void ATruncatedArchive_IsRefused()
    {
        var truncated = _dir.File("truncated.tar.gz");
        File.WriteAllBytes(truncated, File.ReadAllBytes(_pack)[..(int)(new FileInfo(_pack).Length * 2 / 3)]);

        Assert.Contains("damaged (truncated or not a tar.gz pack)", Refused(truncated), StringComparison.Ordinal);
    }

    [Fact]
    public void ContentThatDoesNotMatchItsChecksum_IsRefused()
    {
        var tampered = Rebuilt((name, bytes) => name == PackFormat.Chunks ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("145", "245", StringComparison.Ordinal)) : bytes);

        Assert.Equal("checksum mismatch for chunks.jsonl: the pack is damaged", Refused(tampered));
    }

    [Fact]
    public void APackOfAnotherEmbeddingModel_IsRefused()
    {
        using var other = new PackServices(_dir.File("other-board"), new HashingEmbedder("multilingual-e5@0123456789ab"));

        Assert.StartsWith("the pack was built with embedding model 'hashing-test@000000000001' but this board uses 'multilingual-e5@0123456789ab'", Refused(_pack, other), StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNoPack_IsRefused()
    {
        var text = _dir.File("readme.tar.gz");
        File.WriteAllText(text, "just text");

        Assert.Contains("damaged", Refused(text), StringComparison.Ordinal);
    }

    [Fact]
    public void BuildWithAnUnreadableFile_IsRefused()
    {
        var folder = PackFiles.Manuals(_dir, "with-empty");
        File.WriteAllText(Path.Combine(folder, "empty.txt"), "");

        var error = Assert.Throws<KnowledgePackException>(() => _central.Packs.Build([folder], _dir.File("x.tar.gz"), "line3", "3.0", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("could not be ingested", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("x.tar.gz")));
    }

    [Fact]
    public void BuildWithAMalformedVersion_IsRefused() =>
        Assert.Contains("invalid pack version", Assert.Throws<KnowledgePackException>(() =>
            _central.Packs.Build([PackFiles.Manuals(_dir, "v")], _dir.File("y.tar.gz"), "line3", "1.0/../x", cancellationToken: TestContext.Current.CancellationToken)).Message, StringComparison.Ordinal);
}
