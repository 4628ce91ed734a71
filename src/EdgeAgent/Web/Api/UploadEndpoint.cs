using Edge.Agent.Cli;
using Edge.Agent.Hosting;
using Edge.Agent.Web.Auth;
using Edge.Knowledge;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Web.Api;

/// <summary>
/// <c>POST /api/documents?collection=NAME</c> (admin, multipart files): the files are kept under
/// <c>{DataDir}/documents/{collection}/</c>, so citations can open them later, and ingested; the reply
/// is what <c>ingest --json</c> prints. One upload at a time.
/// </summary>
internal static class UploadEndpoint
{
    /// <summary>Folder under the data directory that keeps uploaded originals.</summary>
    public const string Folder = "documents";

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static void MapUploadEndpoint(this IEndpointRouteBuilder api) =>
        api.MapPost("/documents", UploadAsync).RequireAdmin().DisableAntiforgery();

    private static async Task<IResult> UploadAsync(
        HttpContext context, string? collection, IKnowledgeBase knowledge, IConfiguration configuration, IOptions<WebOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUploadMb * 1024L * 1024L;
        string target;
        try
        {
            target = CollectionName.Normalize(string.IsNullOrWhiteSpace(collection) ? KnowledgeDefaults(configuration) : collection);
        }
        catch (ArgumentException ex)
        {
            return ApiErrors.BadRequest("invalid_collection", ex.Message);
        }
        if (!await OneAtATime.WaitAsync(0, cancellationToken))
            return ApiErrors.Conflict("busy", "another upload is being ingested; try again when it is done");
        try
        {
            var (form, refusal) = await UploadedForm.ReadAsync(context, limit, $"the upload is larger than {options.Value.MaxUploadMb} MB (Web:MaxUploadMb) or malformed", cancellationToken);
            if (form is null)
                return refusal!;
            if (form.Files.Count == 0)
                return ApiErrors.BadRequest("invalid_upload", "no files in the upload");
            var folder = Path.Combine(configuration["DataDir"] ?? AgentHost.DefaultDataDirectory, Folder, target);
            Directory.CreateDirectory(folder);
            var saved = new List<string>(form.Files.Count);
            foreach (var file in form.Files)
            {
                var name = Path.GetFileName(file.FileName);
                if (string.IsNullOrWhiteSpace(name) || name.StartsWith('.') || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
                    return ApiErrors.BadRequest("invalid_upload", $"not a usable file name: '{file.FileName}'");
                var path = Path.Combine(folder, name);
                await using (var stream = File.Create(path))
                    await file.CopyToAsync(stream, cancellationToken);
                saved.Add(path);
            }
            // Ingestion is CPU-bound (reading, embedding): off the request thread.
            var report = await Task.Run(() => knowledge.Ingest(saved, target, cancellationToken: cancellationToken), cancellationToken);
            return Results.Json(IngestJson.From(report), WebJson.Options);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private static string KnowledgeDefaults(IConfiguration configuration) => configuration["Knowledge:DefaultCollection"] ?? "default";
}
