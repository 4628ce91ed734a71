using System.Globalization;
using Edge.Agent.Web.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Web.Api;

/// <summary>Admin login: <c>POST /api/login</c>, <c>POST /api/logout</c>, <c>GET /api/session</c>.</summary>
internal static class SessionEndpoints
{
    /// <summary>The login request.</summary>
    /// <param name="Password">The admin password.</param>
    public sealed record LoginRequest(string? Password);

    /// <summary>What the caller may do.</summary>
    /// <param name="AdminEnabled">An admin password is configured (otherwise changes are off).</param>
    /// <param name="Admin">The caller is logged in as admin.</param>
    public sealed record SessionState(bool AdminEnabled, bool Admin);

    /// <summary>A successful login; the token also works as <c>Authorization: Bearer</c>.</summary>
    public sealed record LoginReply(string Token, int ExpiresInMinutes);

    public static void MapSessionEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/session", (HttpContext context, AdminAccess access) =>
            Results.Json(new SessionState(access.Enabled, access.IsAdmin(context)), WebJson.Options));
        api.MapPost("/login", Login);
        api.MapPost("/logout", (HttpContext context, AdminSessions sessions) =>
        {
            sessions.Close(AdminAccess.Token(context));
            context.Response.Cookies.Delete(AdminAccess.CookieName);
            return Results.NoContent();
        });
    }

    private static IResult Login(LoginRequest? request, HttpContext context, IOptions<WebOptions> options, AdminSessions sessions, LoginThrottle throttle)
    {
        var hash = options.Value.AdminPasswordHash;
        if (string.IsNullOrEmpty(hash))
            return ApiErrors.Forbidden("admin_disabled", "changes are off: no admin password is set (edge-agent web set-password)");
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var wait = throttle.RetryAfter(address);
        if (wait > TimeSpan.Zero)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return ApiErrors.Reply(StatusCodes.Status429TooManyRequests, "too_many_failures", $"too many failed logins: try again in {seconds} s");
        }
        if (request?.Password is not { Length: > 0 and <= 1024 } password || !AdminPassword.Verify(password, hash))
        {
            throttle.Failed(address);
            return ApiErrors.Unauthorized("wrong_password", "wrong password");
        }
        throttle.Succeeded(address);
        var token = sessions.Open();
        context.Response.Cookies.Append(AdminAccess.CookieName, token, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, Path = "/", IsEssential = true,
        });
        return Results.Json(new LoginReply(token, options.Value.AdminSessionMinutes), WebJson.Options);
    }
}
