using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Edge.Knowledge.Ingestion.Limits;

namespace Edge.Knowledge.Ingestion.Readers.Pdf;

/// <summary>
/// Reads PDFs in a child process. PdfPig cannot bound everything a hostile PDF makes it build (a
/// page of a million glyphs, a form drawn a million times, nesting that overflows the stack), so
/// the extraction runs where a managed-heap ceiling (<c>DOTNET_GCHeapHardLimit</c> from
/// <see cref="IngestionLimitsOptions.MaxPdfMemoryMb"/>) and the document's deadline bound it, and
/// its failure ends only that process. The child is the host's own executable with a command that
/// calls <see cref="PdfReaderChild.Run"/>.
/// </summary>
internal sealed class PdfReaderProcess(PdfReaderCommand command)
{
    /// <summary>Extracts the text of <paramref name="bytes"/> in a child process.</summary>
    public PdfText Extract(byte[] bytes, string fileName, ReadBudget budget, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in command.Arguments)
            start.ArgumentList.Add(argument);
        start.ArgumentList.Add(JsonSerializer.Serialize(budget.Limits, PdfReaderChild.Json));
        start.ArgumentList.Add(fileName);
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + ((long)budget.Limits.MaxPdfMemoryMb * 1024 * 1024).ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_EnableDiagnostics"] = "0";

        using var process = Process.Start(start) ?? throw new DocumentReadException("the PDF reader process did not start");
        try
        {
            using var result = new MemoryStream();
            var output = process.StandardOutput.BaseStream.CopyToAsync(result, cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                process.StandardInput.BaseStream.Write(bytes);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The child stopped reading (it failed early); its exit code says why.
            }
            process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
            output.GetAwaiter().GetResult();
            return Outcome(process.ExitCode, result.ToArray(), errors.GetAwaiter().GetResult(), fileName, budget);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }

    private static PdfText Outcome(int exitCode, byte[] output, string errors, string fileName, ReadBudget budget)
    {
        switch (exitCode)
        {
            case PdfReaderChild.Success:
                return JsonSerializer.Deserialize<PdfText>(output, PdfReaderChild.Json) ?? throw new DocumentReadException($"malformed PDF: {fileName} gave no text");
            case PdfReaderChild.Refused:
                throw new DocumentReadException(JsonSerializer.Deserialize<string>(output, PdfReaderChild.Json) ?? $"malformed PDF: {fileName}");
            case PdfReaderChild.OutOfMemory:
                throw budget.NeedsTooMuchMemory();
            default:
                // A crash the child could not report itself (stack overflow, the runtime's own out-of-memory).
                if (errors.Contains("OutOfMemory", StringComparison.Ordinal) || errors.Contains("Out of memory", StringComparison.OrdinalIgnoreCase))
                    throw budget.NeedsTooMuchMemory();
                var last = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
                throw new DocumentReadException($"malformed PDF: {fileName} crashed the PDF reader (exit code {exitCode}{(last.Length > 0 ? ": " + last : "")})");
        }
    }
}

/// <summary>How the host starts itself as a PDF reader: an executable and the arguments before the limits.</summary>
/// <param name="FileName">The executable, e.g. the dotnet host or the apphost.</param>
/// <param name="Arguments">Arguments that select the PDF reader command.</param>
public sealed record PdfReaderCommand(string FileName, IReadOnlyList<string> Arguments);
