using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Edge.Agent.Hosting;

/// <summary>
/// The one composition root, shared by the service and every command so they read the same
/// configuration: appsettings.json beside the executable, then <c>--config</c>, then
/// environment variables prefixed <c>EDGE_</c> (<c>EDGE_Mqtt__Host=broker</c>).
/// (Mirrors main's AgentHost; main also registers AddKnowledge here.)
/// </summary>
internal static class AgentHost
{
    /// <summary>Default data directory when neither <c>--data-dir</c> nor <c>DataDir</c> is given.</summary>
    public const string DefaultDataDirectory = "./data";

    /// <summary>Creates a host builder with configuration and logging.</summary>
    public static HostApplicationBuilder CreateBuilder(AgentSettings settings, LogLevel minimumLevel)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        AddConfiguration(builder.Configuration, settings);
        var dataDirectory = DataDirectory(builder.Configuration, settings);
        builder.Configuration["DataDir"] = dataDirectory;

        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        // Logs go to stderr so that --json output on stdout stays machine-readable.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(settings.Verbose ? LogLevel.Debug : minimumLevel);

        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    private static void AddConfiguration(ConfigurationManager configuration, AgentSettings settings)
    {
        configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        if (settings.ConfigFile is { } file)
        {
            if (!File.Exists(file))
                throw new FileNotFoundException($"configuration file not found: {file}");
            configuration.AddJsonFile(Path.GetFullPath(file), optional: false, reloadOnChange: false);
        }
        configuration.AddEnvironmentVariables("EDGE_");
    }

    private static string DataDirectory(IConfiguration configuration, AgentSettings settings) =>
        Path.GetFullPath(settings.DataDirectory ?? configuration["DataDir"] ?? DefaultDataDirectory);
}
