namespace Edge.Agent.Models;

internal sealed partial class ModelDownloader
{
    private const int BufferSize = 1 << 20;

    /// <summary>
    /// Streams the body into the partial file from <paramref name="offset"/>. A failed read is a
    /// dropped connection (retried, resumed); a failed write with ENOSPC is a full disk (not
    /// retried: what was written stays for a resume once there is space).
    /// </summary>
    private async Task CopyAsync(HttpResponseMessage response, string partial, long offset, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await using var output = options.OpenPartial(partial, offset);
        var buffer = new byte[BufferSize];
        var written = offset;
        while (true)
        {
            var read = await ReadAsync(body, buffer, cancellationToken);
            if (read == 0)
                break;
            await WriteAsync(output, buffer.AsMemory(0, read), partial, written, cancellationToken);
            written += read;
            progress?.Report(written);
        }
        await WriteAsync(output, ReadOnlyMemory<byte>.Empty, partial, written, cancellationToken);
    }

    private async Task<int> ReadAsync(Stream body, byte[] buffer, CancellationToken cancellationToken)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        idle.CancelAfter(options.ReadTimeout);
        try
        {
            return await body.ReadAsync(buffer, idle.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientDownloadException($"no data for {options.ReadTimeout.TotalSeconds:F0} s");
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw new TransientDownloadException(ex.Message);
        }
    }

    private static async Task WriteAsync(Stream output, ReadOnlyMemory<byte> data, string partial, long written, CancellationToken cancellationToken)
    {
        try
        {
            if (data.IsEmpty)
                await output.FlushAsync(cancellationToken);
            else
                await output.WriteAsync(data, cancellationToken);
        }
        catch (IOException ex) when (DiskFull.Is(ex))
        {
            throw new ModelPullException(
                $"disk full while writing {partial} ({written / 1048576.0:F1} MiB kept): free space and run pull again to resume");
        }
    }
}
