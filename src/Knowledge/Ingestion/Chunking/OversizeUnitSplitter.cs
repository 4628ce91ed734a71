using System.Text;
using System.Text.RegularExpressions;

namespace Edge.Knowledge.Ingestion.Chunking;

/// <summary>
/// Splits a unit that exceeds the hard maximum: lists into groups of whole items, tables into row
/// groups that each repeat the header row, code into groups of whole lines, text at sentence ends.
/// </summary>
internal static partial class OversizeUnitSplitter
{
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\d""(])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    /// <summary>Pieces of at most <paramref name="maxWords"/> words each (a single over-long word aside).</summary>
    public static List<ChunkPiece> Split(ChunkUnit unit, int maxWords)
    {
        var header = unit.Kind == BlockKind.TableRow ? unit.Blocks.FirstOrDefault(b => b.Kind == BlockKind.TableRow) : null;
        var parts = new List<Part>();
        foreach (var block in unit.Blocks)
        {
            string[] texts = block.Kind switch
            {
                BlockKind.Code => block.Text.Split('\n'),
                BlockKind.ListItem or BlockKind.TableRow when WordCounter.Count(block.Text) <= maxWords => [block.Text],
                _ => SentenceEnd().Split(block.Text),
            };
            var startsLine = true;
            foreach (var text in texts.SelectMany(t => ByWords(t, maxWords)))
            {
                parts.Add(new Part(text, WordCounter.Count(text), block.Page, startsLine || block.Kind == BlockKind.Code));
                startsLine = false;
            }
        }

        return Group(parts, header, maxWords);
    }

    private static List<ChunkPiece> Group(List<Part> parts, DocumentBlock? header, int maxWords)
    {
        var pieces = new List<ChunkPiece>();
        var current = new List<Part>();
        var words = 0;
        foreach (var part in parts)
        {
            if (current.Count > 0 && words + part.Words > maxWords)
            {
                pieces.Add(Piece(current, words));
                current.Clear();
                words = 0;
                // Later row groups repeat the header so each piece still says what its columns mean.
                if (header is not null)
                {
                    current.Add(new Part(header.Text, WordCounter.Count(header.Text), part.Page, true));
                    words = current[0].Words;
                }
            }

            current.Add(part);
            words += part.Words;
        }

        if (current.Count > 0)
        {
            pieces.Add(Piece(current, words));
        }

        return pieces;
    }

    private static ChunkPiece Piece(List<Part> parts, int words)
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            if (sb.Length > 0)
            {
                sb.Append(part.StartsLine ? '\n' : ' ');
            }

            sb.Append(part.Text);
        }

        return new ChunkPiece(sb.ToString(), words, parts[0].Page);
    }

    private static IEnumerable<string> ByWords(string text, int maxWords)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i += maxWords)
        {
            yield return words.Length <= maxWords ? text : string.Join(' ', words.Skip(i).Take(maxWords));
        }
    }

    private sealed record Part(string Text, int Words, int? Page, bool StartsLine);
}
