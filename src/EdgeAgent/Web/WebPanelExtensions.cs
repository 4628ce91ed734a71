using Edge.Agent.Options;
using Edge.Agent.Web.Api;
using Edge.Agent.Web.Auth;
using Edge.Agent.Web.Documents;
using Edge.Agent.Web.Hosting;
using Edge.Agent.Web.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Web;

/// <summary>Registers and maps the web panel; the agent service (AddAgentService) must be registered too.</summary>
internal static class WebPanelExtensions
{
    /// <summary>Options, admin sessions, the live feed and Kestrel's setup from <c>Web:*</c>.</summary>
    public static IServiceCollection AddWebPanel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<WebOptions>().Bind(configuration.GetSection(WebOptions.Section));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebOptions>>(new KeyNamingValidator<WebOptions>(new WebOptionsValidator(), WebOptions.Section)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebOptions>, WebOptionsRules>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<KestrelServerOptions>, KestrelSetup>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AdminSessions>();
        services.TryAddSingleton<LoginThrottle>();
        services.TryAddSingleton<AdminAccess>();
        services.TryAddSingleton<OriginalFiles>();
        services.TryAddSingleton<LiveFeed>();
        services.TryAddSingleton<AnswerWaiters>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveFeed>());
        services.AddRouting();
        return services;
    }

    /// <summary>Security headers, then the pages and the API.</summary>
    public static IApplicationBuilder UseWebPanel(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.ForEveryResponse(context.Response);
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseRouting();
        app.UseEndpoints(endpoints => endpoints.MapWebPanel());
        return app;
    }

    /// <summary>The page at <c>/</c>, its assets under <c>/assets/</c>, and the JSON API under <c>/api/</c>.</summary>
    public static IEndpointRouteBuilder MapWebPanel(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPanelAssets();
        var api = endpoints.MapGroup("/api");
        api.MapStatusEndpoint();
        api.MapAskEndpoint();
        api.MapEventsEndpoint();
        api.MapSessionEndpoints();
        api.MapDocumentEndpoints();
        api.MapUploadEndpoint();
        api.MapQualityEndpoint();
        // NOTES: field notes (pending → approved | rejected) get their endpoints here when know-how
        // capture exists: GET /api/notes, and POST …/approve, PUT, POST …/reject, DELETE behind RequireAdmin().
        return endpoints;
    }
}
