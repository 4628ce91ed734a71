using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>Renders Markdig inlines as plain text: code without backticks, links and emphasis as their text.</summary>
internal static class MarkdownText
{
    /// <summary>Plain text of an inline container (null gives an empty string).</summary>
    public static string Inline(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        Append(sb, inline);
        return sb.ToString();
    }

    /// <summary>Plain text of all paragraphs inside a block container, e.g. a table cell.</summary>
    public static string Container(ContainerBlock container)
        => string.Join(' ', container.Descendants<ParagraphBlock>().Select(p => Inline(p.Inline)));

    private static void Append(StringBuilder sb, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                sb.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                sb.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(sb, child);
                }

                break;
        }
    }
}
