using AngleSharp.Html.Parser;
using Edge.Knowledge.Ingestion.Limits;

namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>
/// Reads HTML with AngleSharp: headings h1–h6, paragraphs, list items, table rows and pre blocks, after
/// removing page furniture (scripts, styles, navigation, headers, footers, asides).
/// </summary>
internal sealed class HtmlReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    /// <inheritdoc />
    public ParsedDocument Read(Stream content, string fileName, ReadBudget budget, CancellationToken cancellationToken = default)
    {
        var text = TextDecoder.Decode(content, fileName, budget, markupFactor: 4, cancellationToken);
        // The parser's time grows with the square of the nesting depth: measured before it runs.
        HtmlShape.Check(text, budget, cancellationToken);
        var document = new HtmlParser().ParseDocument(text);
        var blocks = new BlockCollector(budget);
        if (document.Body is { } body)
        {
            HtmlBlockWalker.RemoveFurniture(body);
            new HtmlBlockWalker(blocks, cancellationToken).Walk(body);
        }

        return blocks.Build(document.Title, Format, fileName);
    }
}
