using Edge.Speech.Tests.Fixtures;

[assembly: AssemblyFixture(typeof(TempFolderCleanup))]

namespace Edge.Speech.Tests.Fixtures;

/// <summary>Removes this run's generated models, speech files and fake tools when the test run ends.</summary>
public sealed class TempFolderCleanup : IDisposable
{
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "edge-speech-tests", Environment.ProcessId.ToString());

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still open by a dying child process; the OS cleans /tmp eventually.
        }
    }
}
