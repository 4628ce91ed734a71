using Edge.Agent.Adapters;
using Edge.Agent.Cli;
using Edge.Knowledge;
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
/// </summary>
internal static class AgentHost
{
    /// <summary>Default data directory when neither <c>--data-dir</c> nor <c>DataDir</c> is given.</summary>
    public const string DefaultDataDirectory = "./data";

    /// <summary>Creates a host builder with configuration, logging, the libraries and their adapters registered.</summary>
    public static HostApplicationBuilder CreateBuilder(AgentSettings settings, LogLevel minimumLevel)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        Configure(builder, settings, minimumLevel);
        return builder;
    }

    /// <summary>
    /// Adds configuration, logging, the libraries and their adapters to any host builder: the plain one
    /// above, or the web application the service runs as when it serves the panel.
    /// </summary>
    public static void Configure(IHostApplicationBuilder builder, AgentSettings settings, LogLevel minimumLevel)
    {
        AddConfiguration(builder.Configuration, settings);
        var dataDirectory = DataDirectory(builder.Configuration, settings);
        builder.Configuration["DataDir"] = dataDirectory;

        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        // Logs go to stderr so that --json output on stdout stays machine-readable.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(settings.Verbose ? LogLevel.Debug : minimumLevel);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddKnowledge(builder.Configuration.GetSection("Knowledge"), o => o.DataDirectory = dataDirectory);
        // PDFs are read in a child process of this executable with capped memory (Knowledge:Limits).
        builder.Services.AddSelfAsPdfReader();
        // Loads no model: Whisper is loaded by LoadModelAsync (the service's warm-up, ask --wav) or at first use.
        builder.Services.AddSpeech(builder.Configuration.GetSection("Speech"));
        // Before AddAgentService (run), whose stand-ins are only TryAdd-ed: the real adapters win.
        builder.Services.AddAgentAdapters();
    }

    private static void AddConfiguration(IConfigurationBuilder configuration, AgentSettings settings)
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
