using System.Net;
using System.Net.Http.Headers;

namespace Edge.Agent.Models;

/// <summary>
/// Downloads one file into <c>TARGET.part</c>, resuming with a Range request when a partial file is
/// there (and starting over when the server ignores Range), retries a dropped connection, checks
/// size and sha256, and only then renames the file into place: a model path either holds a verified
/// file or nothing.
/// </summary>
internal sealed partial class ModelDownloader(HttpClient http, ModelDownloadOptions options)
{
    /// <summary>Fetches <paramref name="file"/> to <paramref name="target"/>; returns the sha256 and size it verified.</summary>
    /// <exception cref="ModelPullException">HTTP error, checksum or size mismatch, disk full, or the connection kept failing.</exception>
    public async Task<ManifestFile> DownloadAsync(CatalogFile file, string target, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var partial = target + ModelPaths.PartialSuffix;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await FetchAsync(file, partial, progress, cancellationToken);
                break;
            }
            catch (TransientDownloadException ex) when (attempt < options.Attempts)
            {
                options.Report?.Invoke($"  connection lost ({ex.Message}); resuming (attempt {attempt + 1} of {options.Attempts})");
                await Task.Delay(options.RetryDelay, cancellationToken);
            }
            catch (TransientDownloadException ex)
            {
                throw new ModelPullException($"download of {file.Url} failed {options.Attempts} times: {ex.Message} (the partial file is kept; run pull again to resume)");
            }
        }
        var verified = await VerifyAsync(file, partial, cancellationToken);
        File.Move(partial, target, overwrite: true);
        return verified with { Path = file.Path };
    }

    private async Task<ManifestFile> VerifyAsync(CatalogFile file, string partial, CancellationToken cancellationToken)
    {
        var size = new FileInfo(partial).Length;
        var sha256 = await FileHashing.Sha256Async(partial, cancellationToken);
        if (file.Size is { } expectedSize && size != expectedSize)
        {
            File.Delete(partial);
            throw new ModelPullException($"size mismatch for {file.Path}: expected {expectedSize} bytes, got {size} (partial file removed)");
        }
        if (file.Sha256 is { } expected && !string.Equals(expected, sha256, StringComparison.OrdinalIgnoreCase))
        {
            File.Delete(partial);
            throw new ModelPullException($"checksum mismatch for {file.Path}: expected sha256 {expected}, got {sha256} (partial file removed)");
        }
        return new ManifestFile(file.Path, sha256, size);
    }

    private async Task FetchAsync(CatalogFile file, string partial, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var offset = File.Exists(partial) ? new FileInfo(partial).Length : 0;
        if (file.Size is { } size && offset > size)
            offset = 0;

        using var request = new HttpRequestMessage(HttpMethod.Get, file.Url);
        if (offset > 0)
            request.Headers.Range = new RangeHeaderValue(offset, null);
        using var response = await SendAsync(request, cancellationToken);

        if (offset > 0 && response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
            return; // Nothing left to fetch; size and checksum decide whether the file is whole.
        if (!response.IsSuccessStatusCode)
        {
            var message = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase} for {file.Url}";
            throw (int)response.StatusCode >= 500 ? new TransientDownloadException(message) : new ModelPullException(message);
        }
        if (offset > 0 && response.StatusCode == HttpStatusCode.PartialContent && response.Content.Headers.ContentRange?.From != offset)
        {
            File.Delete(partial);
            throw new TransientDownloadException($"the server sent another range than bytes {offset}-; starting {file.Path} over");
        }
        if (offset > 0 && response.StatusCode != HttpStatusCode.PartialContent)
        {
            options.Report?.Invoke($"  the server does not resume downloads; starting {file.Path} over");
            offset = 0;
        }
        await CopyAsync(response, partial, offset, progress, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new TransientDownloadException(ex.Message);
        }
    }
}
