using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Edge.Agent.Web.Api;

/// <summary>Reads a multipart upload with a size limit; a body over it (or a broken one) is a clear refusal, not a 500.</summary>
internal static class UploadedForm
{
    /// <summary>The form, or null and the refusal to return.</summary>
    public static async Task<(IFormCollection? Form, IResult? Refusal)> ReadAsync(HttpContext context, long maxBytes, string tooLarge, CancellationToken cancellationToken)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = maxBytes;
        if (!context.Request.HasFormContentType)
            return (null, ApiErrors.BadRequest("invalid_upload", "send the files as multipart/form-data"));
        try
        {
            return (await context.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes }, cancellationToken), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return (null, ApiErrors.TooLarge(tooLarge));
        }
    }
}
