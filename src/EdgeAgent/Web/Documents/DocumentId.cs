using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Edge.Agent.Web.Documents;

/// <summary>
/// A document's identity as citations give it (a file name, or a path relative to the ingested folder
/// such as <c>en/pl_editor.html</c>), taken from a request to <c>/api/documents/{document}[/action]</c>.
/// It is an opaque key into the knowledge base, never joined to a file-system path; names that look
/// like an escape from a folder are refused all the same, so nothing downstream can be tricked.
/// </summary>
internal static class DocumentId
{
    /// <summary>Route prefix of the document endpoints.</summary>
    public const string Prefix = "/api/documents/";

    /// <summary>Longest id accepted.</summary>
    public const int MaxLength = 1024;

    /// <summary>
    /// Splits the request path into the document id (URL-decoded once, so <c>%2F</c> and a plain
    /// <c>/</c> both separate folders) and the action after it (<c>file</c>, <c>text</c>, <c>open</c>,
    /// or null for the document itself). Null when the id is not acceptable.
    /// </summary>
    public static (string Document, string? Action)? Parse(HttpContext context, IReadOnlyCollection<string> actions)
    {
        var raw = RawPath(context);
        if (!raw.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        raw = raw[Prefix.Length..];
        string? action = null;
        var slash = raw.LastIndexOf('/');
        if (slash > 0 && actions.Contains(raw[(slash + 1)..]))
            (raw, action) = (raw[..slash], raw[(slash + 1)..]);
        string document;
        try { document = Uri.UnescapeDataString(raw); }
        catch (UriFormatException) { return null; }
        return IsAcceptable(document) ? (document, action) : null;
    }

    /// <summary>False for empty or over-long ids, control characters, backslashes, absolute paths and "." or ".." segments.</summary>
    public static bool IsAcceptable(string document) =>
        document.Length is > 0 and <= MaxLength
        && !document.Any(char.IsControl)
        && !document.Contains('\\')
        && !document.StartsWith('/')
        && !document.Split('/').Any(segment => segment is "" or "." or "..");

    // The path as the client sent it: Request.Path is already decoded except for %2F, which would make
    // a second decoding ambiguous. Servers without a raw target (the in-memory test server) fall back.
    private static string RawPath(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target) || !target.StartsWith('/'))
            return context.Request.PathBase.Add(context.Request.Path).ToUriComponent();
        var query = target.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? target : target[..query];
    }
}
