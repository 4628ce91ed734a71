using Edge.Agent.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Edge.Agent.Web.Hosting;

/// <summary>
/// The service as <c>edge-agent run</c> starts it: the agent (AddAgentService) in a web application, so
/// Kestrel serves the panel from the same process and the same services; with <c>Web:Enabled</c>
/// false no port is opened.
/// </summary>
internal static class AgentWebHost
{
    /// <summary>Builds the service; <paramref name="configure"/> may add registrations (systemd, tests).</summary>
    public static WebApplication Build(AgentSettings settings, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        AgentHost.Configure(builder, settings, LogLevel.Information);
        // One line per request at Information would drown the agent's own log.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddAgentService(builder.Configuration);
        var enabled = builder.Configuration.GetValue(WebOptions.Section + ":" + nameof(WebOptions.Enabled), true);
        if (enabled)
        {
            builder.WebHost.UseKestrelCore();
            builder.Services.AddWebPanel(builder.Configuration);
        }
        else
        {
            builder.Services.TryAddSingleton<IServer, NoServer>();
        }
        configure?.Invoke(builder);
        var app = builder.Build();
        if (enabled)
            app.UseWebPanel();
        return app;
    }
}
