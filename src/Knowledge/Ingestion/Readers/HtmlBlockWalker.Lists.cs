using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Edge.Knowledge.Ingestion.Readers;

/// <summary>Lists (with their visible numbering) and tables (row by row).</summary>
internal sealed partial class HtmlBlockWalker
{
    private void AddList(IElement list)
    {
        var ordered = list.LocalName == "ol";
        var number = ordered && int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            if (ordered && int.TryParse(item.GetAttribute("value"), out var value))
            {
                number = value;
            }

            var marker = ordered ? $"{number++}." : "\u2022";
            var nested = item.Children.Where(c => c.LocalName is "ul" or "ol" or "pre" or "table").ToList();
            var own = string.Concat(item.ChildNodes.Where(n => !nested.Contains(n)).Select(n => InlineText(n) + " "));
            blocks.Add(BlockKind.ListItem, $"{marker} {own}");
            foreach (var child in nested)
            {
                Visit(child);
            }
        }
    }

    private void AddTable(IHtmlTableElement table)
    {
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Select(c => TextCleaner.Clean(c.TextContent)).ToList();
            if (cells.Any(c => c.Length > 0))
            {
                blocks.Add(BlockKind.TableRow, string.Join(" | ", cells));
            }
        }
    }
}
