
namespace Edge.EndToEnd.Tests.Speech;

/// <summary><c>edge-agent status --json</c>: knowledge counts and the models with their reasons, without loading any.</summary>
public sealed class StatusCliTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task StatusJson_AfterIngest_ShowsCountsAndWhyWhisperIsMissing()
    {
        var cli = new ConfiguredCli(_directory, new { DeviceId = "press-status", Mqtt = new { Port = FreePort.Next() } });
        var manual = Path.Combine(AppContext.BaseDirectory, "samples", "manuals", "shop-notes.txt");
        Assert.Equal(0, (await cli.RunAsync("ingest", manual)).ExitCode);

        var result = await cli.RunAsync("status", "--json");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var json = result.Json;
        Assert.Equal("press-status", json.GetProperty("deviceId").GetString());
        Assert.Equal(1, json.GetProperty("knowledge").GetProperty("documents").GetInt32());
        Assert.True(json.GetProperty("knowledge").GetProperty("chunks").GetInt32() > 1);
        var models = json.GetProperty("models");
        Assert.Contains("whisper", models.GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("embedding", models.GetProperty("present").EnumerateArray().Select(e => e.GetString()));
        var whisper = models.GetProperty("details").GetProperty("whisper");
        Assert.Equal("missing", whisper.GetProperty("state").GetString());
        Assert.Equal("Speech:WhisperModel is not set", whisper.GetProperty("reason").GetString());
        Assert.False(json.GetProperty("broker").GetProperty("reachable").GetBoolean());
        Assert.Equal(0, json.GetProperty("outbox").GetProperty("depth").GetInt32());
    }

    [Fact]
    public async Task StatusText_IsOneLinePerFact()
    {
        var cli = new ConfiguredCli(_directory, new { Speech = new { WhisperModel = _directory.File("nope.bin") }, Mqtt = new { Port = FreePort.Next() } });

        var result = await cli.RunAsync("status");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains($"model whisper: missing — model file not found: {_directory.File("nope.bin")}", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("model embedding: present", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("knowledge: 0 documents", result.StdOut, StringComparison.Ordinal);
        Assert.Equal("", result.StdErr);
    }
}
