using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>
/// Walks an HTML tree and emits blocks. Text and inline elements gather into paragraphs; block
/// elements close the current paragraph. Also used for raw HTML inside Markdown.
/// </summary>
internal sealed partial class HtmlBlockWalker(BlockCollector blocks, CancellationToken cancellationToken = default)
{
    private const string Furniture = "script, style, nav, header, footer, aside, noscript, template, [role=navigation], [hidden]";

    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    {
        "body", "div", "section", "article", "main", "blockquote", "figure", "figcaption", "details", "summary",
        "dl", "dt", "dd", "form", "fieldset", "address", "center", "caption", "legend", "hgroup", "li",
    };

    private readonly StringBuilder _inline = new();

    /// <summary>Parses an HTML fragment (e.g. a raw HTML block in Markdown) and adds its blocks.</summary>
    public static void AddFragment(BlockCollector blocks, string html)
    {
        HtmlShape.Check(html, blocks.Budget);
        var body = new HtmlParser().ParseDocument($"<html><body>{html}</body></html>").Body;
        if (body is not null)
        {
            RemoveFurniture(body);
            new HtmlBlockWalker(blocks).Walk(body);
        }
    }

    /// <summary>Removes elements that never hold manual content.</summary>
    public static void RemoveFurniture(IElement root)
    {
        foreach (var element in root.QuerySelectorAll(Furniture).ToList())
        {
            element.Remove();
        }
    }

    /// <summary>Emits the blocks under <paramref name="root"/>.</summary>
    public void Walk(INode root)
    {
        WalkChildren(root);
        Flush();
    }

    private void WalkChildren(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (child is IText text)
            {
                _inline.Append(text.Data);
            }
            else if (child is IElement element)
            {
                Visit(element);
            }
        }
    }

    private void Visit(IElement element)
    {
        // The shape check bounds the markup's depth; the tree the parser builds from broken markup
        // can still be deeper, and a stack overflow would end the process.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var name = element.LocalName;
        if (name is "br")
        {
            _inline.Append(' ');
            return;
        }

        if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            Flush();
            blocks.Add(BlockKind.Heading, InlineText(element), name[1] - '0');
        }
        else if (name is "p")
        {
            Flush();
            blocks.Add(BlockKind.Paragraph, InlineText(element));
        }
        else if (name is "pre")
        {
            Flush();
            blocks.AddCode(element.TextContent);
        }
        else if (name is "ul" or "ol" or "menu")
        {
            Flush();
            AddList(element);
        }
        else if (element is IHtmlTableElement table)
        {
            Flush();
            AddTable(table);
        }
        else if (name is "hr" or "img")
        {
            Flush();
        }
        else if (Containers.Contains(name))
        {
            Flush();
            WalkChildren(element);
            Flush();
        }
        else
        {
            // Inline element (span, a, code, strong…): its text joins the running paragraph.
            _inline.Append(element.TextContent);
        }
    }

    // TextContent glues "a<br>b" into "ab"; line breaks are word breaks.
    private static string InlineText(INode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (node is IElement { LocalName: "br" })
        {
            return " ";
        }

        return node.HasChildNodes && node is IElement ? string.Concat(node.ChildNodes.Select(InlineText)) : node.TextContent;
    }

    private void Flush()
    {
        if (_inline.Length > 0)
        {
            blocks.Add(BlockKind.Paragraph, _inline.ToString());
            _inline.Clear();
        }
    }
}
