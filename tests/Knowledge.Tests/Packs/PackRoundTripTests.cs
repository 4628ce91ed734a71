using Edge.Knowledge.Packs;
using Edge.Knowledge.Storage;

namespace Edge.Knowledge.Tests.Packs;

public sealed class PackRoundTripTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly PackServices _central;
    private readonly PackServices _board;

    public PackRoundTripTests()
    {
        _central = new PackServices(_dir.File("central"));
        _board = new PackServices(_dir.File("board"));
    }

    public void Dispose()
    {
        _central.Dispose();
        _board.Dispose();
        _dir.Dispose();
    }

    private string BuildPack(string version = "1.0", string topic = "sealing jaw", string collection = "line3")
    {
        var file = _dir.File($"{collection}-{version}-{topic.Replace(' ', '-')}.tar.gz");
        _central.Packs.Build([PackFiles.Manuals(_dir, $"src-{version}-{topic}", topic)], file, collection, version, cancellationToken: TestContext.Current.CancellationToken);
        return file;
    }

    [Fact]
    public void BuildThenInstall_MakesThePackSearchableAndRecordsItsVersion()
    {
        var pack = BuildPack();

        var result = _board.Packs.Install(pack, TestContext.Current.CancellationToken);

        Assert.False(result.Unchanged);
        Assert.Equal(("line3", "1.0", 2), (result.Pack.Collection, result.Pack.Version, result.Pack.Documents));
        var hit = _board.Searcher.Search("sealing jaw temperature", 3, "line3", TestContext.Current.CancellationToken)[0];
        Assert.Equal("pl-400.md", hit.Document);
        Assert.Contains("145 °C", hit.Text, StringComparison.Ordinal);
        Assert.Equal("E-2041", _board.Searcher.Search("E-2041", 1, "line3", TestContext.Current.CancellationToken)[0].Text.Split(' ')[2]);
        Assert.Equal("line3", Assert.Single(_board.Packs.ListInstalled()).Collection);
        Assert.Equal("line3@1.0", _board.Store.GetMeta(MetaKeys.PackVersion));
        Assert.Equal(_central.Embedder.ModelName, _board.Store.EmbeddingModel);
    }

    [Fact]
    public void BuildingAPack_DoesNotTouchTheLocalKnowledgeBase()
    {
        BuildPack();

        Assert.Equal((0, 0), _central.Store.Count());
        Assert.Empty(_central.Packs.ListInstalled());
    }

    [Fact]
    public void Install_ReplacesOnlyItsCollection()
    {
        _board.Store.ReplaceDocument(new DocumentRecord { Name = "old.txt", Collection = "line3", Sha256 = "x", Format = "text", Title = "old" },
            [new ChunkRecord { Text = "old content", Terms = ["old"] }], [(new byte[64 * 4], [])], _board.Embedder.ModelName);
        _board.Store.ReplaceDocument(new DocumentRecord { Name = "press.txt", Collection = "press7", Sha256 = "y", Format = "text", Title = "press" },
            [new ChunkRecord { Text = "press content", Terms = ["press"] }], [(new byte[64 * 4], [])], _board.Embedder.ModelName);

        _board.Packs.Install(BuildPack(), TestContext.Current.CancellationToken);

        Assert.Equal(["notes.txt", "pl-400.md"], _board.Documents("line3"));
        Assert.Equal(["press.txt"], _board.Documents("press7"));
    }

    [Fact]
    public void InstallingTheSamePackTwice_ChangesNothingTheSecondTime()
    {
        var pack = BuildPack();
        _board.Packs.Install(pack, TestContext.Current.CancellationToken);
        var version = _board.Store.Version;

        var again = _board.Packs.Install(pack, TestContext.Current.CancellationToken);

        Assert.True(again.Unchanged);
        Assert.Equal(version, _board.Store.Version);
    }

    [Fact]
    public void ANewVersion_ReplacesTheOldAndNamesIt()
    {
        _board.Packs.Install(BuildPack("1.0"), TestContext.Current.CancellationToken);

        var result = _board.Packs.Install(BuildPack("1.1", topic: "cross jaw"), TestContext.Current.CancellationToken);

        Assert.Equal("1.0", result.PreviousVersion);
        Assert.Equal("1.1", Assert.Single(_board.Packs.ListInstalled()).Version);
        Assert.Contains("cross jaw", _board.Searcher.Search("cross jaw temperature", 1, "line3", TestContext.Current.CancellationToken)[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SameVersionWithOtherContent_IsRefused()
    {
        _board.Packs.Install(BuildPack("1.0"), TestContext.Current.CancellationToken);

        var error = Assert.Throws<KnowledgePackException>(() => _board.Packs.Install(BuildPack("1.0", topic: "cross jaw"), TestContext.Current.CancellationToken));

        Assert.Contains("already installed with different content", error.Message, StringComparison.Ordinal);
    }
}
