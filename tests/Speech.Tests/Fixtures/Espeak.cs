using System.Collections.Concurrent;
using System.Diagnostics;

namespace Edge.Speech.Tests.Fixtures;

/// <summary>
/// Real speech for tests, spoken by espeak-ng (22 050 Hz mono 16-bit WAV, so it also exercises the
/// resampler). Files are cached per run; tests that need speech skip with a reason when espeak-ng is missing.
/// </summary>
internal static class Espeak
{
    public const string English = "Spindle alarm 2041 on press seven. What do I check first?";
    public const string German = "Spindel Alarm 2041 an Presse sieben. Was prüfe ich zuerst?";
    private static readonly ConcurrentDictionary<string, string> Files = new();
    private static readonly Lazy<bool> Installed = new(() => Run("--version", null) is not null);

    public static bool IsInstalled => Installed.Value;

    public static void SkipIfMissing()
    {
        if (!IsInstalled)
        {
            Assert.Skip("espeak-ng is not installed (apt-get install espeak-ng); speech audio cannot be generated.");
        }
    }

    /// <summary>Path of a WAV file with <paramref name="text"/> spoken in <paramref name="voice"/>.</summary>
    public static string Wav(string text, string voice = "en")
    {
        SkipIfMissing();
        return Files.GetOrAdd($"{voice}|{text}", _ =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "edge-speech-tests", Environment.ProcessId.ToString());
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"espeak-{voice}-{Files.Count}-{Guid.NewGuid():N}.wav");
            if (Run($"-v {voice} -w {path}", text) is null)
            {
                throw new InvalidOperationException("espeak-ng failed");
            }

            return path;
        });
    }

    /// <summary>The spoken text as a 16 kHz clip, decoded by the product's own decoder.</summary>
    public static AudioClip Clip(string text = English, string voice = "en") => WavDecoder.ReadFile(Wav(text, voice));

    private static string? Run(string arguments, string? stdin)
    {
        try
        {
            var info = new ProcessStartInfo("espeak-ng", arguments + (stdin is null ? string.Empty : " --stdin"))
            {
                RedirectStandardInput = stdin is not null,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(info)!;
            if (stdin is not null)
            {
                process.StandardInput.Write(stdin);
                process.StandardInput.Close();
            }

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
