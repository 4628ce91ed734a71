using Microsoft.AspNetCore.Http;

namespace Edge.Agent.Web;

/// <summary>
/// Response headers that keep the panel to its own board: scripts, styles, images and connections
/// only from this origin, and manuals (whatever HTML they hold) shown without running their scripts.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The panel's pages: nothing from any other host, no inline scripts.</summary>
    public const string PanelPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'";

    /// <summary>Manuals: sandboxed (no scripts, own origin), and nothing loaded from elsewhere.</summary>
    public const string DocumentPolicy =
        "sandbox allow-popups allow-popups-to-escape-sandbox; default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'";

    /// <summary>Headers for every response.</summary>
    public static void ForEveryResponse(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XFrameOptions = "SAMEORIGIN";
        if (!response.Headers.ContainsKey("Content-Security-Policy"))
            response.Headers.ContentSecurityPolicy = PanelPolicy;
    }

    /// <summary>Headers for a manual; PDFs keep the panel policy (Chromium's viewer refuses a sandboxed PDF).</summary>
    public static void ForDocument(HttpResponse response, string format)
    {
        if (format != "pdf")
            response.Headers.ContentSecurityPolicy = DocumentPolicy;
    }
}
