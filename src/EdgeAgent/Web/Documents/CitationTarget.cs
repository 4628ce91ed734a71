using System.Text.RegularExpressions;
using Edge.Knowledge.Documents;

namespace Edge.Agent.Web.Documents;

/// <summary>
/// Where a citation opens: a PDF at its page in the browser's own viewer, an HTML manual at the
/// heading (a text fragment, which the browser scrolls to and highlights), anything else as the
/// stored text at the section's anchor.
/// </summary>
internal static partial class CitationTarget
{
    /// <summary>The URL (path and fragment) to open for a citation of <paramref name="document"/>.</summary>
    /// <param name="document">The cited document.</param>
    /// <param name="section">The cited section ("Chapter › Section"), or null.</param>
    /// <param name="page">The cited PDF page, or null.</param>
    /// <param name="originalAvailable">The original file can be served.</param>
    public static string For(StoredDocument document, string? section, int? page, bool originalAvailable)
    {
        var basePath = DocumentId.Prefix + Uri.EscapeDataString(document.Name);
        if (originalAvailable && document.Format == "pdf")
            return $"{basePath}/file" + (page is > 0 ? $"#page={page}" : "");
        if (originalAvailable && document.Format == "html")
            return $"{basePath}/file" + (LastHeading(section) is { } heading ? "#:~:text=" + TextFragment(heading) : "");
        var anchor = !string.IsNullOrWhiteSpace(section) ? Anchor(section) : page is > 0 ? PageAnchor(page.Value) : null;
        return $"{basePath}/text" + (anchor is null ? "" : "#" + Uri.EscapeDataString(anchor));
    }

    /// <summary>The id of a section's heading in the text view.</summary>
    public static string Anchor(string section) => "sec-" + Whitespace().Replace(section.Trim(), "_");

    /// <summary>The id of a page marker in the text view of a PDF.</summary>
    public static string PageAnchor(int page) => "page-" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? LastHeading(string? section)
    {
        if (string.IsNullOrWhiteSpace(section))
            return null;
        var last = section.Split(Edge.Knowledge.SectionPath.Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return last.Length == 0 ? null : last[^1];
    }

    // Text fragment syntax reserves '-', ',' and '&': they are percent-encoded like everything else.
    private static string TextFragment(string text) => Uri.EscapeDataString(text).Replace("-", "%2D", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
