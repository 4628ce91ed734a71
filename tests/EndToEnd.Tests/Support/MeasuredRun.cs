using System.Diagnostics;
using System.Globalization;

namespace Edge.EndToEnd.Tests.Support;

/// <summary>
/// Runs edge-agent under GNU time, which reports the peak resident memory of the process and of
/// the children it waited for (the PDF reader): the largest working set any of them reached.
/// </summary>
internal static class MeasuredRun
{
    /// <summary>Runs the command line; <paramref name="wrapper"/> (e.g. setpriv) goes in front of the dotnet host.</summary>
    public static async Task<(CliRun Run, long PeakMegabytes)> RunAsync(IReadOnlyList<string> arguments, IReadOnlyList<string>? wrapper = null, CancellationToken cancellationToken = default)
    {
        var report = Path.Combine(Path.GetTempPath(), $"edge-peak-{Guid.NewGuid():N}.txt");
        var agent = EdgeAgentCli.StartInfo(arguments);
        var info = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
            WorkingDirectory = agent.WorkingDirectory,
        };
        foreach (var argument in (string[])["-f", "%M", "-o", report, .. wrapper ?? [], agent.FileName, .. agent.ArgumentList])
            info.ArgumentList.Add(argument);
        info.Environment.Clear();
        foreach (var (key, value) in agent.Environment)
            info.Environment[key] = value;

        using var process = Process.Start(info) ?? throw new InvalidOperationException("/usr/bin/time did not start");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"edge-agent {string.Join(' ', arguments)} did not finish within 5 minutes");
        }

        var peakKb = long.Parse(File.ReadLines(report).Last(l => l.Trim().Length > 0).Trim(), CultureInfo.InvariantCulture);
        File.Delete(report);
        return (new CliRun(arguments, process.ExitCode, await stdout, await stderr), peakKb / 1024);
    }
}
