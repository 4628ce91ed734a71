using System.Text.Json;
using Edge.EndToEnd.Tests.Support;

namespace Edge.EndToEnd.Tests.Speech;

/// <summary>Runs commands against one data directory and a configuration file written from <paramref name="settings"/>.</summary>
internal sealed class ConfiguredCli(TempDirectory directory, object settings)
{
    public string DataDir => directory.File("data");

    public async Task<CliRun> RunAsync(params string[] arguments)
    {
        var config = directory.File("agent.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(settings));
        return await EdgeAgentCli.RunAsync([.. arguments, "--config", config, "--data-dir", DataDir], cancellationToken: TestContext.Current.CancellationToken);
    }
}
