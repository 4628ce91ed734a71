namespace Edge.Agent.Models;

/// <summary>A model could not be pulled; the message is one line naming the file and the reason.</summary>
internal sealed class ModelPullException(string message) : Exception(message);

/// <summary>A connection dropped or stalled: worth another try that resumes where it stopped.</summary>
internal sealed class TransientDownloadException(string message) : Exception(message);

/// <summary>Recognises "no space left on device" among I/O errors.</summary>
internal static class DiskFull
{
    private const int Enospc = 28;            // Linux errno
    private const int ErrorDiskFull = 112;    // Windows ERROR_DISK_FULL
    private const int ErrorHandleDiskFull = 39;

    /// <summary>True when the exception says the disk is full.</summary>
    public static bool Is(IOException ex) =>
        (ex.HResult & 0xFFFF) is Enospc or ErrorDiskFull or ErrorHandleDiskFull
        || ex.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase);
}
