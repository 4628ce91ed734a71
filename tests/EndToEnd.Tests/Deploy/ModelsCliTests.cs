using Edge.EndToEnd.Tests.Support;
using System.Security.Cryptography;
using System.Text.Json;

namespace Edge.EndToEnd.Tests.Deploy;

/// <summary><c>edge-agent models pull|list|verify</c> as a staging machine and a board run them.</summary>
public sealed class ModelsCliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"edge-models-cli-{Guid.NewGuid():N}");
    private readonly byte[] _model = new byte[200_000];

    public ModelsCliTests()
    {
        Directory.CreateDirectory(_dir);
        new Random(3).NextBytes(_model);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Catalog(string url, string? sha256)
    {
        var path = Path.Combine(_dir, "catalog.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            models = new[] { new { name = "test-whisper", kind = "whisper", description = "fixture", files = new[] { new { path = "ggml-test.bin", url, sha256, size = (long?)null } } } },
        }));
        return path;
    }

    [Fact]
    public async Task PullToAFolder_ThenVerifyAndList_OnTheBoard()
    {
        using var server = new OneFileServer(new() { ["ggml-test.bin"] = _model });
        var catalog = Catalog(server.Url("ggml-test.bin"), Convert.ToHexStringLower(SHA256.HashData(_model)));
        var bundle = Path.Combine(_dir, "usb", "models");
        var ct = TestContext.Current.CancellationToken;

        var pull = await EdgeAgentCli.RunAsync(["models", "pull", "test-whisper", "--to", bundle, "--catalog", catalog], cancellationToken: ct);
        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Equal(_model, await File.ReadAllBytesAsync(Path.Combine(bundle, "ggml-test.bin"), ct));

        var list = await EdgeAgentCli.RunAsync(["models", "list", "--dir", bundle, "--catalog", catalog, "--json"], cancellationToken: ct);
        Assert.True(list.ExitCode == 0, list.ToString());
        using var json = JsonDocument.Parse(list.StdOut);
        Assert.Equal("present", json.RootElement.GetProperty("models")[0].GetProperty("state").GetString());

        // Random bytes have the right checksum but are no ggml model: verify says so and fails.
        var verify = await EdgeAgentCli.RunAsync(["models", "verify", "--dir", bundle], cancellationToken: ct);
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("not a ggml Whisper model", verify.StdOut, StringComparison.Ordinal);
        Assert.StartsWith("error: 1 of 1 model(s) failed verification", verify.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PullWithAWrongChecksum_FailsWithOneErrorLine()
    {
        using var server = new OneFileServer(new() { ["ggml-test.bin"] = _model });
        var catalog = Catalog(server.Url("ggml-test.bin"), new string('0', 64));

        var pull = await EdgeAgentCli.RunAsync(["models", "pull", "test-whisper", "--to", Path.Combine(_dir, "m"), "--catalog", catalog], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, pull.ExitCode);
        Assert.Matches(@"^error: checksum mismatch for ggml-test\.bin: expected sha256 0{64}, got [0-9a-f]{64} \(partial file removed\)\n$", pull.StdErr);
        Assert.False(File.Exists(Path.Combine(_dir, "m", "ggml-test.bin")));
    }

    [Fact]
    public async Task UnknownModelAndMissingManifest_AreOneLineErrors()
    {
        var ct = TestContext.Current.CancellationToken;
        var pull = await EdgeAgentCli.RunAsync(["models", "pull", "no-such-model", "--to", _dir], cancellationToken: ct);
        Assert.Equal(2, pull.ExitCode);
        Assert.Equal("error: unknown model 'no-such-model' (see: edge-agent models list)\n", pull.StdErr);

        var verify = await EdgeAgentCli.RunAsync(["models", "verify", "--data-dir", _dir], cancellationToken: ct);
        Assert.Equal(2, verify.ExitCode);
        Assert.StartsWith("error: no models.json in " + Path.Combine(_dir, "models"), verify.StdErr, StringComparison.Ordinal);
    }
}
