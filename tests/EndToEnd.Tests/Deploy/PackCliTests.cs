using Edge.EndToEnd.Tests.Support;
using System.Text.Json;

namespace Edge.EndToEnd.Tests.Deploy;

/// <summary><c>edge-agent pack build</c> centrally and <c>pack install</c> on a board, with the real bundled embedding model.</summary>
public sealed class PackCliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"edge-pack-cli-{Guid.NewGuid():N}");

    public PackCliTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A board configuration that trusts the key whose public half is <paramref name="publicKeyFile"/>.</summary>
    private string BoardConfig(string publicKeyFile)
    {
        var config = Path.Combine(_dir, "board.json");
        File.WriteAllText(config, JsonSerializer.Serialize(new { Knowledge = new { Packs = new { TrustedKeys = new[] { publicKeyFile } } } }));
        return config;
    }

    [Fact]
    public async Task Keygen_BuildSigned_InstallOnABoardThatTrustsTheKey_ThenSearchAndStatusShowIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var pack = Path.Combine(_dir, "line3-2024.06.tar.gz");
        var board = Path.Combine(_dir, "board");
        var key = Path.Combine(_dir, "keys", "plant-pack-key.pem");

        var keygen = await EdgeAgentCli.RunAsync(["pack", "keygen", key, "--json"], cancellationToken: ct);
        Assert.True(keygen.ExitCode == 0, keygen.ToString());
        var keyId = JsonDocument.Parse(keygen.StdOut).RootElement.GetProperty("keyId").GetString();

        var build = await EdgeAgentCli.RunAsync(["pack", "build", RepoFiles.File("samples/manuals/pl-400-packaging-line.md"), "-o", pack,
            "--collection", "line3", "--version", "2024.06", "--sign", key, "--data-dir", Path.Combine(_dir, "central")], cancellationToken: ct);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains($"signed by key {keyId}", build.StdOut, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "central", "edge.db")), "building a pack must not create a knowledge base");

        var untrusting = await EdgeAgentCli.RunAsync(["pack", "install", pack, "--data-dir", board], cancellationToken: ct);
        Assert.Equal(2, untrusting.ExitCode);
        Assert.Equal($"error: the pack is signed by key {keyId}, which is not in Knowledge:Packs:TrustedKeys\n", untrusting.StdErr);

        var config = BoardConfig(key + ".pub");
        var install = await EdgeAgentCli.RunAsync(["pack", "install", pack, "--config", config, "--data-dir", board], cancellationToken: ct);
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.StartsWith("installed pack line3 2024.06: 1 documents", install.StdOut, StringComparison.Ordinal);
        Assert.Contains($"signed by key {keyId}", install.StdOut, StringComparison.Ordinal);

        var again = await EdgeAgentCli.RunAsync(["pack", "install", pack, "--config", config, "--data-dir", board], cancellationToken: ct);
        Assert.Contains("already installed; nothing changed", again.StdOut, StringComparison.Ordinal);

        var search = await EdgeAgentCli.RunAsync(["search", "sealing jaw temperature", "--collection", "line3", "--json", "--data-dir", board], cancellationToken: ct);
        Assert.True(search.ExitCode == 0, search.ToString());
        Assert.Equal("pl-400-packaging-line.md", JsonDocument.Parse(search.StdOut).RootElement[0].GetProperty("document").GetString());

        var status = await EdgeAgentCli.RunAsync(["status", "--json", "--data-dir", board], cancellationToken: ct);
        var packs = JsonDocument.Parse(status.StdOut).RootElement.GetProperty("packs");
        Assert.Equal("2024.06", packs[0].GetProperty("version").GetString());
    }

    [Fact]
    public async Task InstallingADamagedPack_IsOneErrorLineAndANonZeroExit()
    {
        var damaged = Path.Combine(_dir, "damaged.tar.gz");
        await File.WriteAllBytesAsync(damaged, [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3], TestContext.Current.CancellationToken);

        var install = await EdgeAgentCli.RunAsync(["pack", "install", damaged, "--data-dir", Path.Combine(_dir, "board")], cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEqual(0, install.ExitCode);
        Assert.StartsWith("error: damaged.tar.gz is damaged (truncated or not a tar.gz pack)", install.StdErr, StringComparison.Ordinal);
        Assert.Single(install.StdErr.TrimEnd('\n').Split('\n'));
    }
}
