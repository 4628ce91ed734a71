using System.Text.RegularExpressions;

namespace Edge.Knowledge.Answering.Extractive;

/// <summary>
/// Cuts passage text into answer units: each line of a chunk is one block (list item, table row,
/// notice, paragraph); paragraphs are further split into sentences without breaking numbers,
/// codes like G28.1 or abbreviations like "e.g." and "z. B.".
/// </summary>
internal static partial class UnitSplitter
{
    /// <summary>Splits the text of one or more passages, numbering units from <paramref name="start"/>.</summary>
    public static List<AnswerUnit> Split(string text, int start = 0)
    {
        var units = new List<AnswerUnit>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
                continue;
            var kind = Classify(line);
            if (kind == UnitKind.Sentence)
            {
                foreach (var sentence in Sentences(line))
                    units.Add(new AnswerUnit(sentence, UnitKind.Sentence, start + units.Count));
            }
            else
            {
                units.Add(new AnswerUnit(line, kind, start + units.Count));
            }
        }
        return units;
    }

    private static UnitKind Classify(string line)
    {
        if (NoticeStart().IsMatch(line))
            return UnitKind.Notice;
        if (StepStart().IsMatch(line))
            return UnitKind.Step;
        if (ItemStart().IsMatch(line))
            return UnitKind.Item;
        if (line.Count(c => c == '|') >= 1 && line.Contains(" | ", StringComparison.Ordinal))
            return UnitKind.TableRow;
        return UnitKind.Sentence;
    }

    private static IEnumerable<string> Sentences(string paragraph)
    {
        var last = 0;
        foreach (Match boundary in SentenceEnd().Matches(paragraph))
        {
            var end = boundary.Index + 1;
            var candidate = paragraph[last..end].Trim();
            if (IsAbbreviation(candidate))
                continue;
            if (candidate.Length > 0)
                yield return candidate;
            last = end;
        }
        var rest = paragraph[last..].Trim();
        if (rest.Length > 0)
            yield return rest;
    }

    /// <summary>"e.g.", "i.e.", "z. B.", "Nr.", "ca." and single letters end no sentence.</summary>
    private static bool IsAbbreviation(string candidate) => Abbreviation().IsMatch(candidate);

    [GeneratedRegex(@"^(WARNING|CAUTION|DANGER|NOTICE|ACHTUNG|VORSICHT|GEFAHR|WARNUNG)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoticeStart();

    [GeneratedRegex(@"^(\d{1,2}[.)]|Step \d+|Schritt \d+)\s", RegexOptions.IgnoreCase)]
    private static partial Regex StepStart();

    [GeneratedRegex(@"^[-•*–]\s")]
    private static partial Regex ItemStart();

    // A sentence ends at . ! ? followed by whitespace and an upper-case letter, digit or quote.
    [GeneratedRegex(@"[.!?](?=\s+[\p{Lu}\d""'„(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(\b(e\.g|i\.e|z\. ?B|d\. ?h|u\. ?a|bzw|ca|Nr|No|vs|etc|Abb|Fig|max|min|approx|Ref)\.|\b\p{L}\.)$", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviation();
}
