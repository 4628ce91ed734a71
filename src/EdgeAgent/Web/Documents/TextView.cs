using System.Net;
using System.Text;
using Edge.Knowledge;
using Edge.Knowledge.Documents;

namespace Edge.Agent.Web.Documents;

/// <summary>
/// A stored document as a plain reading page: its passages in order, a heading with an anchor for
/// every section, and page markers for PDFs. This is how DOCX, Markdown and text manuals open at a
/// cited section, and how any manual opens when its original file is not on the board.
/// </summary>
internal static class TextView
{
    /// <summary>The page's HTML.</summary>
    public static string Render(StoredDocument document, IReadOnlyList<StoredPassage> passages, string? originalUrl)
    {
        var html = new StringBuilder(passages.Sum(p => p.Text.Length) + 1024);
        html.Append("<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(document.Title)).Append("</title><link rel=\"stylesheet\" href=\"/assets/document.css\"></head><body>")
            .Append("<header><h1>").Append(Encode(document.Title)).Append("</h1><p class=\"source\">").Append(Encode(document.Name))
            .Append(" · ").Append(Encode(document.Collection));
        if (originalUrl is not null)
            html.Append(" · <a href=\"").Append(Encode(originalUrl)).Append("\">").Append(Encode(document.Format.ToUpperInvariant())).Append("</a>");
        html.Append("</p></header><main>");
        string? section = null;
        int? page = null;
        foreach (var passage in passages)
        {
            if (passage.Page is { } p && p != page)
            {
                page = p;
                html.Append("<p class=\"page\" id=\"").Append(CitationTarget.PageAnchor(p)).Append("\">— ").Append(p).Append(" —</p>");
            }
            var current = SectionPath.Format(passage.Section);
            if (current.Length > 0 && current != section)
            {
                section = current;
                html.Append("<h2 id=\"").Append(Encode(CitationTarget.Anchor(current))).Append("\">").Append(Encode(current)).Append("</h2>");
            }
            foreach (var paragraph in passage.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                html.Append("<p>").Append(Encode(paragraph)).Append("</p>");
        }
        return html.Append("</main></body></html>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
