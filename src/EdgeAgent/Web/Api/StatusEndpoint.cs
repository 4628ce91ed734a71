using Edge.Agent.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Edge.Agent.Web.Api;

/// <summary><c>GET /api/status</c>: the object <c>edge-agent status --json</c> prints.</summary>
internal static class StatusEndpoint
{
    /// <summary>How long the broker may take to accept a TCP connection before it counts as unreachable.</summary>
    private static readonly TimeSpan BrokerProbeTimeout = TimeSpan.FromSeconds(1);

    public static void MapStatusEndpoint(this IEndpointRouteBuilder api) =>
        api.MapGet("/status", async (IServiceProvider services, CancellationToken cancellationToken) =>
            Results.Json(await StatusJson.CollectAsync(services, BrokerProbeTimeout, cancellationToken), WebJson.Options));
}
