using Edge.Agent.Web.Auth;
using Edge.Agent.Web.Documents;
using Edge.Knowledge;
using Edge.Knowledge.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Edge.Agent.Web.Api;

/// <summary>
/// The knowledge base's documents: <c>GET /api/documents</c>; per document (its id URL-encoded, it may
/// contain '/') <c>GET …/file</c> (the original), <c>GET …/text</c> (the stored text with section
/// anchors), <c>GET …/open?section=&amp;page=</c> (redirects to where a citation points) and
/// <c>DELETE …</c> (admin). Upload is in <see cref="UploadEndpoint"/>.
/// </summary>
internal static class DocumentEndpoints
{
    private static readonly string[] Actions = ["file", "text", "open"];

    public static void MapDocumentEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/documents", (string? collection, IKnowledgeBase knowledge) =>
        {
            try
            {
                return Results.Json(knowledge.ListDocuments(collection), WebJson.Options);
            }
            catch (ArgumentException ex)
            {
                return ApiErrors.BadRequest("invalid_collection", ex.Message);
            }
        });
        api.MapGet("/documents/{**document}", Get);
        api.MapDelete("/documents/{**document}", Delete).RequireAdmin();
    }

    private static IResult Get(HttpContext context, string? collection, string? section, int? page, IKnowledgeDocuments documents, OriginalFiles originals)
    {
        if (Find(context, documents, collection, out var action) is not { } document)
            return NotFoundOrInvalid(context);
        switch (action)
        {
            case "file":
                var path = originals.Locate(document, out var problem);
                if (path is null)
                    return ApiErrors.NotFound("original_missing", problem!);
                SecurityHeaders.ForDocument(context.Response, document.Format);
                return Results.File(path, OriginalFiles.ContentType(document.Format), FileName(document), enableRangeProcessing: true);
            case "text":
                var original = originals.Locate(document, out _) is null ? null : DocumentId.Prefix + Uri.EscapeDataString(document.Name) + "/file";
                SecurityHeaders.ForDocument(context.Response, "html");
                return Results.Content(TextView.Render(document, documents.ReadPassages(document), original), "text/html; charset=utf-8");
            case "open":
                return Results.Redirect(CitationTarget.For(document, section, page, originals.Locate(document, out _) is not null));
            default:
                return Results.Json(new DocumentInfo(document.Name, document.Collection, document.Title, document.Format, document.Chunks, document.Sha256, document.IngestedAtUtc, document.Pages), WebJson.Options);
        }
    }

    private static IResult Delete(HttpContext context, string? collection, IKnowledgeDocuments documents, IKnowledgeBase knowledge)
    {
        if (Find(context, documents, collection, out var action) is not { } document || action is not null)
            return NotFoundOrInvalid(context);
        return knowledge.Remove(document.Name, document.Collection)
            ? Results.NoContent()
            : ApiErrors.NotFound("no_document", $"no document '{document.Name}' in collection {document.Collection}");
    }

    private static StoredDocument? Find(HttpContext context, IKnowledgeDocuments documents, string? collection, out string? action)
    {
        action = null;
        if (DocumentId.Parse(context, Actions) is not { } parsed)
            return null;
        action = parsed.Action;
        try
        {
            return documents.Find(parsed.Document, string.IsNullOrWhiteSpace(collection) ? null : collection);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static IResult NotFoundOrInvalid(HttpContext context) =>
        DocumentId.Parse(context, Actions) is null
            ? ApiErrors.BadRequest("invalid_document", "not a document id: give the name the knowledge base cites, URL-encoded")
            : ApiErrors.NotFound("no_document", "no such document in the knowledge base");

    private static string FileName(StoredDocument document) => document.Name[(document.Name.LastIndexOf('/') + 1)..];
}
