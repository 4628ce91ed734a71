using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Edge.Agent.Web.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Edge.Agent.Web.Api;

/// <summary>
/// <c>GET /api/events</c>: the live feed as Server-Sent Events. Each event's type is the MQTT topic
/// below the base topic (<c>events/answer</c>, <c>events/answer/partial</c>, <c>events/question</c>,
/// <c>events/error</c>, <c>status</c>) or <c>context</c>, and its data the payload as published.
/// Events carry an id; a browser that reconnects sends it back (<c>Last-Event-ID</c>) and resumes.
/// </summary>
internal static class EventsEndpoint
{
    public static void MapEventsEndpoint(this IEndpointRouteBuilder api) =>
        api.MapGet("/events", (HttpContext context, LiveFeed feed, IHostApplicationLifetime lifetime) =>
        {
            var after = long.TryParse(context.Request.Headers["Last-Event-ID"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
            // Ends with the request or with the agent, so an open page never holds up a shutdown.
            var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            context.Response.RegisterForDispose(ending);
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.ServerSentEvents(ReadAsync(feed.Subscribe(after), ending.Token));
        });

    private static async IAsyncEnumerable<SseItem<byte[]>> ReadAsync(LiveSubscription subscription, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (subscription)
        {
            while (true)
            {
                LiveItem item;
                try
                {
                    if (!await subscription.Items.WaitToReadAsync(cancellationToken) || !subscription.Items.TryRead(out item!))
                        yield break;
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
                // Only kept events carry an id: status and alarm snapshots are sent afresh on every connect.
                yield return new SseItem<byte[]>(item.Payload, item.Kind)
                {
                    EventId = item.Kind.StartsWith("events/", StringComparison.Ordinal) ? item.Id.ToString(CultureInfo.InvariantCulture) : null,
                };
            }
        }
    }
}
