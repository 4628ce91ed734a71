using Edge.Agent.Web.Auth;
using Edge.Knowledge;
using Edge.Knowledge.Evaluation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Edge.Agent.Web.Api;

/// <summary>
/// <c>POST /api/quality?collection=NAME</c> (admin, multipart: one question set <c>.jsonl</c>): runs
/// <c>eval</c> and replies what <c>eval --json</c> prints. Admin only: a run keeps the CPU busy for
/// as long as the set takes, time the technicians' questions need. One run at a time.
/// </summary>
internal static class QualityEndpoint
{
    /// <summary>Largest question set accepted.</summary>
    public const int MaxSetBytes = 2 * 1024 * 1024;

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static void MapQualityEndpoint(this IEndpointRouteBuilder api) =>
        api.MapPost("/quality", RunAsync).RequireAdmin().DisableAntiforgery();

    private static async Task<IResult> RunAsync(HttpContext context, string? collection, EvalRunner runner, CancellationToken cancellationToken)
    {
        if (!await OneAtATime.WaitAsync(0, cancellationToken))
            return ApiErrors.Conflict("busy", "a quality run is already going; try again when it is done");
        var file = Path.Combine(Path.GetTempPath(), $"edge-eval-{Guid.NewGuid():N}.jsonl");
        try
        {
            var (form, refusal) = await UploadedForm.ReadAsync(context, MaxSetBytes, $"the question set is larger than {MaxSetBytes / 1024 / 1024} MB or malformed", cancellationToken);
            if (form is null)
                return refusal!;
            if (form.Files.Count != 1)
                return ApiErrors.BadRequest("invalid_upload", "upload exactly one question set (.jsonl)");
            await using (var stream = File.Create(file))
                await form.Files[0].CopyToAsync(stream, cancellationToken);
            IReadOnlyList<EvalQuestion> questions;
            try
            {
                questions = EvalQuestion.Load(file);
            }
            catch (InvalidDataException ex)
            {
                return ApiErrors.BadRequest("invalid_question_set", ex.Message.Replace(file, form.Files[0].FileName, StringComparison.Ordinal));
            }
            var target = string.IsNullOrWhiteSpace(collection) ? null : collection.Trim();
            var report = await Task.Run(() => runner.RunAsync(questions, target, cancellationToken: cancellationToken), cancellationToken);
            return Results.Json(report, WebJson.Options);
        }
        catch (InvalidQuestionException ex)
        {
            return ApiErrors.BadRequest("invalid_question", ex.Message);
        }
        finally
        {
            OneAtATime.Release();
            File.Delete(file);
        }
    }
}
