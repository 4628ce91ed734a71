using System.ComponentModel.DataAnnotations;

namespace Edge.Knowledge.Ingestion.Limits;

/// <summary>
/// Configuration section <c>Knowledge:Limits</c>: what one file may expand to while it is read,
/// whatever it weighs on disk. A file over a limit is refused by name with the limit's key; the rest
/// of the batch goes on. The defaults leave room for a 2,000-page manual.
/// </summary>
public sealed class IngestionLimitsOptions
{
    /// <summary>Decompressed megabytes of one compressed part: a zip entry (DOCX) or a PDF stream.</summary>
    [Range(1, 4096, ErrorMessage = "Knowledge:Limits:MaxExpandedMbPerPart must be between 1 and 4096")]
    public int MaxExpandedMbPerPart { get; set; } = 32;

    /// <summary>Decompressed megabytes of all compressed parts of one document together.</summary>
    [Range(1, 65536, ErrorMessage = "Knowledge:Limits:MaxExpandedMbPerDocument must be between 1 and 65536")]
    public int MaxExpandedMbPerDocument { get; set; } = 1024;

    /// <summary>Characters of text extracted from one document.</summary>
    [Range(1000, 200_000_000, ErrorMessage = "Knowledge:Limits:MaxCharacters must be between 1000 and 200000000")]
    public int MaxCharacters { get; set; } = 8_000_000;

    /// <summary>Characters of text on one PDF page (a dense page of small print holds about 15,000).</summary>
    [Range(1000, 10_000_000, ErrorMessage = "Knowledge:Limits:MaxCharactersPerPage must be between 1000 and 10000000")]
    public int MaxCharactersPerPage { get; set; } = 200_000;

    /// <summary>Pages of one PDF.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Knowledge:Limits:MaxPages must be between 1 and 1000000")]
    public int MaxPages { get; set; } = 5000;

    /// <summary>How deeply HTML, Markdown or Word elements may nest.</summary>
    [Range(8, 10_000, ErrorMessage = "Knowledge:Limits:MaxNestingDepth must be between 8 and 10000")]
    public int MaxNestingDepth { get; set; } = 256;

    /// <summary>HTML elements of one document, and entries of one zip container.</summary>
    [Range(100, 100_000_000, ErrorMessage = "Knowledge:Limits:MaxElements must be between 100 and 100000000")]
    public int MaxElements { get; set; } = 500_000;

    /// <summary>Seconds to read and chunk one document (embedding is bounded by <see cref="MaxCharacters"/>).</summary>
    [Range(1, 86_400, ErrorMessage = "Knowledge:Limits:MaxSecondsPerDocument must be between 1 and 86400")]
    public int MaxSecondsPerDocument { get; set; } = 300;

    /// <summary>
    /// Managed memory, in megabytes, of the process that reads one PDF (where the host reads PDFs in
    /// a child process, as edge-agent does).
    /// </summary>
    [Range(64, 65536, ErrorMessage = "Knowledge:Limits:MaxPdfMemoryMb must be between 64 and 65536")]
    public int MaxPdfMemoryMb { get; set; } = 1024;

    /// <summary>Decompressed megabytes of a knowledge pack, all files together.</summary>
    [Range(1, 2047, ErrorMessage = "Knowledge:Limits:MaxPackMb must be between 1 and 2047")]
    public int MaxPackMb { get; set; } = 1024;
}
