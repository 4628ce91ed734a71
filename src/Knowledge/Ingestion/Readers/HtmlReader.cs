using AngleSharp.Html.Parser;

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
    public ParsedDocument Read(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var text = TextDecoder.Decode(content, fileName, cancellationToken);
        var document = new HtmlParser().ParseDocument(text);
        var blocks = new BlockCollector();
        if (document.Body is { } body)
        {
            HtmlBlockWalker.RemoveFurniture(body);
            new HtmlBlockWalker(blocks, cancellationToken).Walk(body);
        }

        return blocks.Build(document.Title, Format, fileName);
    }
}
