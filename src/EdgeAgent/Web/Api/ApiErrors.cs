using Microsoft.AspNetCore.Http;

namespace Edge.Agent.Web;

/// <summary>Error replies of the API: <c>{"error": code, "message": one line}</c>, like the CLI's one error line.</summary>
internal static class ApiErrors
{
    /// <summary>The body of every error reply.</summary>
    /// <param name="Error">Stable machine-readable code.</param>
    /// <param name="Message">One line for people.</param>
    public sealed record Body(string Error, string Message);

    public static IResult BadRequest(string code, string message) => Reply(StatusCodes.Status400BadRequest, code, message);

    public static IResult Unauthorized(string code, string message) => Reply(StatusCodes.Status401Unauthorized, code, message);

    public static IResult Forbidden(string code, string message) => Reply(StatusCodes.Status403Forbidden, code, message);

    public static IResult NotFound(string code, string message) => Reply(StatusCodes.Status404NotFound, code, message);

    public static IResult Conflict(string code, string message) => Reply(StatusCodes.Status409Conflict, code, message);

    public static IResult TooLarge(string message) => Reply(StatusCodes.Status413PayloadTooLarge, "too_large", message);

    public static IResult Unavailable(string code, string message) => Reply(StatusCodes.Status503ServiceUnavailable, code, message);

    public static IResult Timeout(string message) => Reply(StatusCodes.Status504GatewayTimeout, "timeout", message);

    public static IResult Reply(int status, string code, string message) => Results.Json(new Body(code, message), WebJson.Options, statusCode: status);
}
