using Edge.Agent.Models;

namespace Edge.Agent.Tests.Models;

public sealed class ModelPullTests : IAsyncLifetime
{
    private readonly FixtureHttpServer _server = new();
    private readonly TempDirectory _folder = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly List<string> _notes = [];
    private readonly byte[] _content = ModelFixtures.RandomBytes(3 * 1024 * 1024 + 123);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    private ModelPuller Puller(Func<string, long, Stream>? open = null)
    {
        var options = new ModelDownloadOptions { RetryDelay = TimeSpan.Zero, Report = _notes.Add };
        if (open is not null)
            options = options with { OpenPartial = open };
        return new ModelPuller(new ModelDownloader(_http, options), TimeProvider.System, _notes.Add);
    }

    private CatalogModel Model(string? sha256) => ModelFixtures.Whisper("base", _server.Add("ggml-base.bin", _content), sha256, _content.Length);

    private string Target => _folder.File("ggml-base.bin");

    [Fact]
    public async Task Pull_WithKnownChecksum_WritesTheFileAndTheManifest()
    {
        await Puller().PullAsync(Model(ModelFixtures.Sha256(_content)), _folder.Path, TestContext.Current.CancellationToken);

        Assert.Equal(_content, await File.ReadAllBytesAsync(Target, TestContext.Current.CancellationToken));
        Assert.False(File.Exists(Target + ".part"));
        var entry = Assert.Single(ModelManifest.Load(_folder.Path)!.Models);
        Assert.Equal(("base", "whisper"), (entry.Name, entry.Kind));
        Assert.Equal(new ManifestFile("ggml-base.bin", ModelFixtures.Sha256(_content), _content.Length), Assert.Single(entry.Files));
    }

    [Fact]
    public async Task Pull_WithUnknownChecksum_RecordsTheComputedOne()
    {
        await Puller().PullAsync(Model(sha256: null), _folder.Path, TestContext.Current.CancellationToken);

        Assert.Equal(ModelFixtures.Sha256(_content), ModelManifest.Load(_folder.Path)!.Models[0].Files[0].Sha256);
    }

    [Fact]
    public async Task Pull_WithChecksumMismatch_FailsAndLeavesNoFile()
    {
        var error = await Assert.ThrowsAsync<ModelPullException>(() =>
            Puller().PullAsync(Model(new string('a', 64)), _folder.Path, TestContext.Current.CancellationToken));

        Assert.StartsWith("checksum mismatch for ggml-base.bin", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Target));
        Assert.False(File.Exists(Target + ".part"));
        Assert.Null(ModelManifest.Load(_folder.Path));
    }

    [Fact]
    public async Task Pull_WhenTheConnectionDropsHalfway_ResumesWithRange()
    {
        _server.CutNext();

        await Puller().PullAsync(Model(ModelFixtures.Sha256(_content)), _folder.Path, TestContext.Current.CancellationToken);

        Assert.Equal(_content, await File.ReadAllBytesAsync(Target, TestContext.Current.CancellationToken));
        var requests = _server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal("", requests[0]);
        Assert.Matches(@"^bytes=[1-9]\d*-$", requests[1]);
        Assert.Contains(_notes, n => n.Contains("resuming", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pull_WithPartialFileAndServerWithoutRange_StartsOver()
    {
        _server.SupportsRange = false;
        await File.WriteAllBytesAsync(Target + ".part", ModelFixtures.RandomBytes(1000, seed: 99), TestContext.Current.CancellationToken);

        await Puller().PullAsync(Model(ModelFixtures.Sha256(_content)), _folder.Path, TestContext.Current.CancellationToken);

        Assert.Equal(_content, await File.ReadAllBytesAsync(Target, TestContext.Current.CancellationToken));
        Assert.Equal("bytes=1000-", Assert.Single(_server.Requests));
        Assert.Contains(_notes, n => n.Contains("does not resume", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pull_WhenTheDiskFills_KeepsThePartialForAResume()
    {
        var limit = 1024 * 1024;
        var error = await Assert.ThrowsAsync<ModelPullException>(() =>
            Puller((path, offset) => new FillingStream(path, offset, limit)).PullAsync(Model(ModelFixtures.Sha256(_content)), _folder.Path, TestContext.Current.CancellationToken));

        Assert.StartsWith("disk full while writing", error.Message, StringComparison.Ordinal);
        Assert.Equal(limit, new FileInfo(Target + ".part").Length);
        Assert.Single(_server.Requests);

        await Puller().PullAsync(Model(ModelFixtures.Sha256(_content)), _folder.Path, TestContext.Current.CancellationToken);
        Assert.Equal(_content, await File.ReadAllBytesAsync(Target, TestContext.Current.CancellationToken));
        Assert.Equal($"bytes={limit}-", _server.Requests.Last());
    }

    [Fact]
    public async Task Pull_OfAMissingUrl_FailsAtOnceWithTheStatus()
    {
        var model = ModelFixtures.Whisper("gone", $"http://127.0.0.1:{_server.Port}/nothing-here.bin", null);

        var error = await Assert.ThrowsAsync<ModelPullException>(() => Puller().PullAsync(model, _folder.Path, TestContext.Current.CancellationToken));

        Assert.StartsWith("HTTP 404", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Pull_OfAFileAlreadyPresent_DoesNotFetchItAgain()
    {
        var model = Model(ModelFixtures.Sha256(_content));
        await Puller().PullAsync(model, _folder.Path, TestContext.Current.CancellationToken);

        await Puller().PullAsync(model, _folder.Path, TestContext.Current.CancellationToken);

        Assert.Single(_server.Requests);
        Assert.Contains(_notes, n => n.Contains("already present", StringComparison.Ordinal));
    }
}
