namespace Edge.Agent.Models;

/// <summary>How <see cref="ModelDownloader"/> retries and writes.</summary>
internal sealed record ModelDownloadOptions
{
    /// <summary>Tries per file before giving up (a dropped connection resumes with Range).</summary>
    public int Attempts { get; init; } = 4;

    /// <summary>Pause before a retry.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A read that brings no data for this long counts as a dropped connection.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Receives one-line notes (resuming, starting over) for the person watching.</summary>
    public Action<string>? Report { get; init; }

    /// <summary>Opens the partial file for writing at an offset (tests substitute a stream that fills up).</summary>
    public Func<string, long, Stream> OpenPartial { get; init; } = OpenAt;

    private static FileStream OpenAt(string path, long offset)
    {
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        stream.SetLength(offset);
        stream.Position = offset;
        return stream;
    }
}
