using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Web.Auth;

/// <summary>
/// Who may change things: a request carrying a live admin session (cookie, or <c>Authorization:
/// Bearer</c> for a plant's own HMI). With no admin password configured, changes are off for everyone.
/// </summary>
internal sealed class AdminAccess(IOptions<WebOptions> options, AdminSessions sessions)
{
    /// <summary>The session cookie; HttpOnly and SameSite=Strict, so another site cannot use it.</summary>
    public const string CookieName = "edge_admin";

    /// <summary>True when an admin password is configured.</summary>
    public bool Enabled => !string.IsNullOrEmpty(options.Value.AdminPasswordHash);

    /// <summary>True when the request is from a logged-in admin.</summary>
    public bool IsAdmin(HttpContext context) => Enabled && sessions.Touch(Token(context));

    /// <summary>The request's session token, from the cookie or the Authorization header.</summary>
    public static string? Token(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return header["Bearer ".Length..].Trim();
        return context.Request.Cookies.TryGetValue(CookieName, out var cookie) ? cookie : null;
    }

    /// <summary>Refuses the request unless it comes from an admin; null lets it through.</summary>
    public IResult? Refusal(HttpContext context) =>
        !Enabled ? ApiErrors.Forbidden("admin_disabled", "changes are off: no admin password is set (edge-agent web set-password)")
        : !IsAdmin(context) ? ApiErrors.Unauthorized("login_required", "log in as admin first")
        : null;
}

/// <summary>Endpoint filter for actions that change something.</summary>
internal static class AdminEndpointExtensions
{
    /// <summary>Only a logged-in admin may call the endpoint.</summary>
    public static TBuilder RequireAdmin<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<AdminAccess>().Refusal(context.HttpContext) ?? await next(context));
}
