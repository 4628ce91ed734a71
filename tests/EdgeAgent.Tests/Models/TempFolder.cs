namespace Edge.Agent.Tests.Models;

/// <summary>A folder under the temp directory, removed with everything in it at dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "edge-models-test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
