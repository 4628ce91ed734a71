namespace Edge.Speech.Tests.Fixtures;

/// <summary>Executable shell scripts that stand in for arecord and aplay where there is no sound card.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static class FakeTool
{
    public static string Script(string name, string body)
    {
        var folder = Path.Combine(Path.GetTempPath(), "edge-speech-tests", Environment.ProcessId.ToString(), "tools");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}-{Guid.NewGuid():N}");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    public static string TempFile(string extension) =>
        Path.Combine(Path.GetTempPath(), "edge-speech-tests", Environment.ProcessId.ToString(), $"{Guid.NewGuid():N}{extension}");

    public static bool IsRunning(int pid) => File.Exists($"/proc/{pid}/status") &&
        !File.ReadAllText($"/proc/{pid}/status").Contains("State:\tZ", StringComparison.Ordinal);

    public static async Task<bool> WaitUntilGoneAsync(int pid)
    {
        for (var i = 0; i < 100 && IsRunning(pid); i++)
        {
            await Task.Delay(20);
        }

        return !IsRunning(pid);
    }
}
