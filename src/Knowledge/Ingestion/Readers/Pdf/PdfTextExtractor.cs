using System.Globalization;
using Edge.Knowledge.Ingestion.Limits;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Edge.Knowledge.Ingestion.Readers.Pdf;

/// <summary>
/// Takes the lines of every page out of a PDF with PdfPig, within the document's budget: the page
/// count is checked before any page is read, every stream is bounded by
/// <see cref="BoundedFilterProvider"/>, and each page's characters are charged as it is read.
/// </summary>
internal static class PdfTextExtractor
{
    /// <summary>Extracts the text; throws <see cref="DocumentReadException"/> for encrypted, malformed or over-budget PDFs.</summary>
    public static PdfText Extract(byte[] bytes, string fileName, ReadBudget budget, CancellationToken cancellationToken = default)
    {
        var filters = new BoundedFilterProvider(budget);
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { SkipMissingFonts = true, FilterProvider = filters, MaxStackDepth = budget.Limits.MaxNestingDepth });
            budget.CheckPages(document.NumberOfPages);
            var pages = new List<IReadOnlyList<PdfLine>>(document.NumberOfPages);
            long characters = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage(number);
                if (filters.Refusal is { } refused)
                    throw refused;
                if (page.Letters.Count > budget.Limits.MaxCharactersPerPage)
                    throw new DocumentReadException(string.Create(CultureInfo.InvariantCulture, $"too much text: page {number} holds more than {budget.Limits.MaxCharactersPerPage:N0} characters (Knowledge:Limits:MaxCharactersPerPage)"));
                // Counted here, not charged: the blocks made from these lines are charged when collected.
                characters += page.Letters.Count;
                if (characters > budget.Limits.MaxCharacters)
                    throw budget.TooManyCharacters();
                pages.Add(PdfLineBuilder.Build(page));
            }
            return new PdfText(pages, document.Information.Title);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentReadException($"encrypted PDF: {fileName} needs a password to open", ex);
        }
        catch (Exception ex) when (ex is not (DocumentReadException or OperationCanceledException or InsufficientExecutionStackException or OutOfMemoryException))
        {
            // A refused stream can surface as whatever PdfPig makes of the missing content.
            throw filters.Refusal ?? new DocumentReadException($"malformed PDF: {fileName} cannot be parsed ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")})", ex);
        }
    }
}
