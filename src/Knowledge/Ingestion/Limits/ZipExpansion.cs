using System.IO.Compression;

namespace Edge.Knowledge.Ingestion.Limits;

/// <summary>
/// Measures what a zip container (DOCX, XLSX) expands to before a library opens it: every XML part
/// is inflated into a counter, never into memory, and the container is refused at the first part
/// over the budget. The sizes a zip declares can lie; the inflated bytes cannot, and the library
/// that reads the parts afterwards inflates the very same bytes.
/// </summary>
internal static class ZipExpansion
{
    /// <summary>Checks the container in <paramref name="zip"/>; throws <see cref="DocumentReadException"/> when it is over budget.</summary>
    public static void Check(Stream zip, ReadBudget budget, CancellationToken cancellationToken = default)
    {
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        budget.ChargeElements(archive.Entries.Count);
        var buffer = new byte[81920];
        foreach (var entry in archive.Entries.Where(IsParsed))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Length > budget.MaxPartBytes)
                throw budget.PartTooLarge(entry.FullName);
            long inflated = 0;
            using var content = entry.Open();
            int read;
            while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
            {
                inflated += read;
                if (inflated > budget.MaxPartBytes)
                    throw budget.PartTooLarge(entry.FullName);
            }
            budget.ChargeExpanded(entry.FullName, inflated);
        }
        zip.Position = 0;
    }

    // Only the parts a reader parses are expanded: pictures and embedded files are never inflated.
    private static bool IsParsed(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
}
