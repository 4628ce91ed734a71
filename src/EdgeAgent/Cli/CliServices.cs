using Edge.Agent.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Edge.Agent.Cli;

/// <summary>Builds the services a one-shot command needs, from the same composition root as the service.</summary>
internal static class CliServices
{
    /// <summary>A built host whose services are resolved on demand; no background services are started.</summary>
    public static IHost Build(AgentSettings settings) => Build(settings, _ => { });

    /// <summary>As <see cref="Build(AgentSettings)"/>, with extra registrations (e.g. the status report).</summary>
    public static IHost Build(AgentSettings settings, Action<HostApplicationBuilder> configure)
    {
        var builder = AgentHost.CreateBuilder(settings, LogLevel.Warning);
        // A command reports a missing or broken Whisper model in its own one error line; the loader's
        // warning would say it twice (still shown with --verbose).
        if (!settings.Verbose)
            builder.Logging.AddFilter("Edge.Speech.Transcription.WhisperModelHost", LogLevel.Error);
        configure(builder);
        return builder.Build();
    }
}
