using System.Text.Json;
using Edge.Knowledge.Ingestion.Limits;

namespace Edge.Knowledge.Ingestion.Readers.Pdf;

/// <summary>
/// The child side of <see cref="PdfReaderProcess"/>: PDF bytes on standard input, the limits as the
/// one argument, the extracted text (or the refusal) as JSON on standard output.
/// </summary>
public static class PdfReaderChild
{
    internal const int Success = 0;
    internal const int Refused = 3;
    internal const int OutOfMemory = 4;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { IgnoreReadOnlyProperties = true };

    /// <summary>Runs the extraction of the PDF on <paramref name="input"/>; returns the process exit code.</summary>
    /// <param name="limitsJson">The limits, as the parent serialised them.</param>
    /// <param name="fileName">The document's name, for messages.</param>
    /// <param name="input">The PDF's bytes.</param>
    /// <param name="output">Where the JSON result goes.</param>
    public static int Run(string limitsJson, string fileName, Stream input, Stream output)
    {
        try
        {
            var limits = JsonSerializer.Deserialize<IngestionLimitsOptions>(limitsJson, Json) ?? new IngestionLimitsOptions();
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            var text = PdfTextExtractor.Extract(buffer.ToArray(), fileName, new ReadBudget(limits));
            JsonSerializer.Serialize(output, text, Json);
            return Success;
        }
        catch (DocumentReadException refused)
        {
            JsonSerializer.Serialize(output, refused.Message, Json);
            return Refused;
        }
        catch (OutOfMemoryException)
        {
            return OutOfMemory;
        }
        catch (InsufficientExecutionStackException)
        {
            JsonSerializer.Serialize(output, "nested too deeply to read (Knowledge:Limits:MaxNestingDepth)", Json);
            return Refused;
        }
    }
}
