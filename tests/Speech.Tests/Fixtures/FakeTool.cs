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

    /// <summary>A path for a new file in this run's folder (created here, so test order does not matter).</summary>
    public static string TempFile(string extension)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "edge-speech-tests", Environment.ProcessId.ToString())).FullName;
        return Path.Combine(folder, $"{Guid.NewGuid():N}{extension}");
    }

    public static bool IsRunning(int pid) => File.Exists($"/proc/{pid}/status") &&
        !File.ReadAllText($"/proc/{pid}/status").Contains("State:\tZ", StringComparison.Ordinal);

    /// <summary>True once the process is gone (killed and reaped, or a zombie); false only after the hang deadline.</summary>
    public static async Task<bool> WaitUntilGoneAsync(int pid)
    {
        try
        {
            await Eventually.HoldsAsync(() => !IsRunning(pid), $"process {pid} ended");
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>The pid a fake tool wrote with <see cref="WritePid"/>, once it is there (the tool is running).</summary>
    public static async Task<int> WaitForPidAsync(string pidFile)
    {
        await Eventually.HoldsAsync(() => File.Exists(pidFile), $"the fake tool wrote {pidFile}");
        return int.Parse(await File.ReadAllTextAsync(pidFile), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A script line that records the tool's pid in <paramref name="pidFile"/> in one step (written, then renamed).</summary>
    public static string WritePid(string pidFile) => $"echo $$ > {pidFile}.tmp && mv {pidFile}.tmp {pidFile}";
}
