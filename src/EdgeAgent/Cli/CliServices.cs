using Edge.Agent.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Edge.Agent.Cli;

/// <summary>Builds the services a one-shot command needs, from the same composition root as the service.</summary>
internal static class CliServices
{
    /// <summary>A built host whose services are resolved on demand; no background services are started.</summary>
    public static IHost Build(AgentSettings settings) =>
        AgentHost.CreateBuilder(settings, LogLevel.Warning).Build();
}
