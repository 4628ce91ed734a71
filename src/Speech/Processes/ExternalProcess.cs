using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Edge.Speech.Processes;

/// <summary>
/// A child process (arecord, aplay, espeak-ng) with arguments passed as a list — never through a
/// shell, so no text can become a command — killed with its children on cancellation or disposal.
/// </summary>
internal sealed class ExternalProcess : IAsyncDisposable
{
    private const int MaxErrorChars = 2048;
    private readonly Process process;
    private readonly StringBuilder errors = new();
    private readonly ILogger logger;
    private readonly string tool;

    private ExternalProcess(Process process, string tool, ILogger logger)
    {
        this.process = process;
        this.tool = tool;
        this.logger = logger;
    }

    public Stream Output => process.StandardOutput.BaseStream;

    public Stream Input => process.StandardInput.BaseStream;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>First line the tool wrote to stderr, for error messages.</summary>
    public string ErrorSummary
    {
        get
        {
            lock (errors)
            {
                var first = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return first.Length == 0 ? "no error output" : first[0];
            }
        }
    }

    public static ExternalProcess Start(string executable, IEnumerable<string> arguments, string package, ILogger logger, bool input = false, bool output = true)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = input,
            RedirectStandardOutput = output,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        var tool = Path.GetFileName(executable);
        var wrapper = new ExternalProcess(process, tool, logger);
        process.ErrorDataReceived += (_, e) => wrapper.OnError(e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new SpeechUnavailableException($"{tool} is not installed or cannot run (Debian package {package}).", e);
        }

        process.BeginErrorReadLine();
        Log.ProcessStarted(logger, tool, process.Id);
        return wrapper;
    }

    /// <summary>Waits for the exit; on cancellation kills the process tree and rethrows.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }
    }

    public void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                Log.ProcessKilled(logger, tool, process.Id);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    private void OnError(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (errors)
        {
            if (errors.Length < MaxErrorChars)
            {
                errors.AppendLine(line);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            // A process that ignores SIGKILL for 5 s is the kernel's problem; do not hang the agent.
        }

        process.Dispose();
    }
}
