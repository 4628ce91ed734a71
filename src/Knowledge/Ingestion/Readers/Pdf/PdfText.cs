namespace Edge.Knowledge.Ingestion.Readers.Pdf;

/// <summary>What is taken from a PDF before headings and blocks are made: its lines, page by page, and the title in its metadata.</summary>
/// <param name="Pages">The lines of every page, top of the page first.</param>
/// <param name="InfoTitle">The document information title, if any.</param>
internal sealed record PdfText(IReadOnlyList<IReadOnlyList<PdfLine>> Pages, string? InfoTitle);
