using Edge.Knowledge.Ingestion.Limits;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>
/// Reads Markdown through Markdig's syntax tree, so only real ATX/setext headings become headings:
/// "#" lines inside fenced or indented code stay code. Pipe tables and YAML front matter are understood.
/// </summary>
internal sealed class MarkdownReader : IDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();

    /// <inheritdoc />
    public string Format => "markdown";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown", ".mdown", ".mkd"];

    /// <inheritdoc />
    public ParsedDocument Read(Stream content, string fileName, ReadBudget budget, CancellationToken cancellationToken = default)
    {
        var text = TextDecoder.Decode(content, fileName, budget, markupFactor: 2, cancellationToken);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DocumentReadException($"malformed Markdown: {fileName} ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")})", ex);
        }

        var blocks = new BlockCollector(budget);
        string? title = null;
        foreach (var block in document)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (block is YamlFrontMatterBlock yaml)
            {
                title = FrontMatterTitle(yaml);
                continue;
            }

            AddBlock(blocks, block, 1);
        }

        return blocks.Build(title, Format, fileName);
    }

    private static void AddBlock(BlockCollector blocks, Block block, int depth)
    {
        blocks.Budget.CheckDepth(depth);
        switch (block)
        {
            case HeadingBlock heading:
                blocks.Add(BlockKind.Heading, MarkdownText.Inline(heading.Inline), heading.Level);
                break;
            case ParagraphBlock paragraph:
                blocks.Add(BlockKind.Paragraph, MarkdownText.Inline(paragraph.Inline));
                break;
            case HtmlBlock html:
                HtmlBlockWalker.AddFragment(blocks, html.Lines.ToString());
                break;
            case CodeBlock code:
                blocks.AddCode(code.Lines.ToString());
                break;
            case ListBlock list:
                AddList(blocks, list, depth);
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    blocks.Add(BlockKind.TableRow, string.Join(" | ", row.OfType<TableCell>().Select(MarkdownText.Container)));
                }

                break;
            case ContainerBlock container:
                // Block quotes and other containers: their children are ordinary blocks.
                foreach (var child in container)
                {
                    AddBlock(blocks, child, depth + 1);
                }

                break;
        }
    }

    // Each item keeps its visible numbering; nested lists and code follow as their own blocks.
    private static void AddList(BlockCollector blocks, ListBlock list, int depth)
    {
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{number++}{list.OrderedDelimiter}" : "\u2022";
            var text = string.Join(' ', item.OfType<ParagraphBlock>().Select(p => MarkdownText.Inline(p.Inline)));
            blocks.Add(BlockKind.ListItem, $"{marker} {text}");
            foreach (var child in item.Where(b => b is not ParagraphBlock))
            {
                AddBlock(blocks, child, depth + 1);
            }
        }
    }

    private static string? FrontMatterTitle(YamlFrontMatterBlock yaml)
    {
        var line = yaml.Lines.ToString().Split('\n').FirstOrDefault(l => l.StartsWith("title:", StringComparison.OrdinalIgnoreCase));
        return line?["title:".Length..].Trim().Trim('"', '\'');
    }
}
