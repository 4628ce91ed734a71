using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Edge.Knowledge.Ingestion.Readers.Docx;

/// <summary>Visible text of a Word paragraph: run text, tabs and breaks as spaces; deleted text and field codes skipped.</summary>
internal static class DocxText
{
    /// <summary>The paragraph's text as a reader sees it.</summary>
    public static string Of(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    sb.Append(text.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    sb.Append(' ');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
            }
        }

        return sb.ToString();
    }
}
