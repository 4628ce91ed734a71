using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Edge.Agent.Web.Hosting;

/// <summary>
/// The panel's page, scripts and styles, embedded in the executable (<c>Web/wwwroot</c>): no CDN, no
/// web fonts, no folder to install. Served with an ETag so a browser revalidates cheaply.
/// </summary>
internal static class PanelAssets
{
    private const string ResourcePrefix = "Edge.Agent.Web.wwwroot.";

    private static readonly FrozenDictionary<string, Asset> Assets = Load();

    /// <summary>One embedded file.</summary>
    private sealed record Asset(byte[] Content, string ContentType, string ETag);

    public static void MapPanelAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => Serve(context, "index.html"));
        app.MapGet("/assets/{name}", (HttpContext context, string name) => Serve(context, name));
    }

    private static IResult Serve(HttpContext context, string name)
    {
        if (!Assets.TryGetValue(name, out var asset))
            return Results.NotFound();
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            var name = resource[ResourcePrefix.Length..];
            var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..16] + "\"").ToString();
            assets[name] = new Asset(content, ContentTypeOf(name), etag);
        }
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".json" => "application/json; charset=utf-8",
        _ => "application/octet-stream",
    };
}
