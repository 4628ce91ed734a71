using System.CommandLine;
using Edge.Agent.Hosting;
using Edge.Agent.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Cli;

/// <summary><c>edge-agent run</c>: the service that systemd starts (Type=notify).</summary>
internal static class RunCommand
{
    /// <summary>Exit code for a configuration that does not validate.</summary>
    public const int ConfigurationError = 2;

    /// <summary>Exit code for any other start-up failure.</summary>
    public const int StartupError = 1;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("run", "Run the agent service: MQTT, push-to-talk, answers");
        command.SetAction((result, cancellationToken) => RunAsync(CommonOptions.Read(result), cancellationToken));
        return command;
    }

    /// <summary>Runs the service until SIGTERM/SIGINT; returns the process exit code.</summary>
    public static async Task<int> RunAsync(AgentSettings settings, CancellationToken cancellationToken = default)
    {
        try
        {
            // The agent in a web application: Kestrel serves the panel from the same process (Web:*).
            await using var host = AgentWebHost.Build(settings, b => b.Services.AddSystemd());
            // Validate before starting, so a bad configuration gives our one line and not the host's stack trace.
            host.Services.GetService<IStartupValidator>()?.Validate();
            await host.RunAsync(cancellationToken);
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            // One line naming the key, e.g. "Mqtt:Port must be between 1 and 65535".
            await Console.Error.WriteLineAsync($"edge-agent: configuration error: {string.Join("; ", ex.Failures)}");
            return ConfigurationError;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"edge-agent: {ex.Message}");
            return StartupError;
        }
    }
}
