using System.Text.RegularExpressions;
using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Answering.Extractive;

/// <summary>
/// What an answer may read out: whole sentences, whole steps, table rows under their header.
/// Never a comment marker (<c>#</c>, <c>###</c>), a configuration line unless the question asks
/// for a setting, a sentence cut at either end, or a line that introduces something the answer
/// does not contain (an image caption, "… as follows:").
/// </summary>
internal static partial class AnswerReadability
{
    /// <summary>
    /// The units a question may be answered from: a sentence broken over two lines (a page or
    /// column break) joined again, then comments, configuration lines (unless asked for) and
    /// pieces of sentences left out.
    /// </summary>
    /// <param name="units">The section's units in order.</param>
    /// <param name="settingAskedFor">Whether a configuration line answers the question (asked for a setting, or names its key).</param>
    public static List<AnswerUnit> Readable(IReadOnlyList<AnswerUnit> units, Func<AnswerUnit, bool> settingAskedFor) =>
        [.. JoinBrokenSentences(units)
            .Where(u => !IsComment(u) && !IsFragment(u) && (!IsConfigurationLine(u) || settingAskedFor(u)))
            .Select(u => IsConfigurationLine(u) ? u with { Text = WithoutComment(u.Text) } : u)];

    /// <summary>A configuration line without its trailing comment ("driver_SGTHRS: 255 # most sensitive" → "driver_SGTHRS: 255").</summary>
    private static string WithoutComment(string line)
    {
        var at = line.IndexOf(" #", StringComparison.Ordinal);
        return at > 0 ? line[..at].TrimEnd() : line;
    }

    private static List<AnswerUnit> JoinBrokenSentences(IReadOnlyList<AnswerUnit> units)
    {
        var joined = new List<AnswerUnit>(units.Count);
        foreach (var unit in units)
        {
            if (joined.Count > 0 && joined[^1] is { Kind: UnitKind.Sentence } previous && unit.Kind == UnitKind.Sentence
                && IsProse(previous.Text) && !SentenceEnd().IsMatch(previous.Text.TrimEnd()) && LowerCaseStart().IsMatch(unit.Text.Trim()))
                joined[^1] = previous with { Text = previous.Text.TrimEnd() + " " + unit.Text.Trim() };
            else
                joined.Add(unit);
        }
        return joined;
    }

    /// <summary>
    /// True when the question is about a setting: it says so ("which parameter …", "wo stelle ich
    /// … ein") or names an identifier written like a configuration key (<c>rotation_distance</c>).
    /// </summary>
    public static bool AsksForSetting(string question, QueryTerms query) =>
        SettingWords().IsMatch(question) || Identifier().IsMatch(question);

    /// <summary>
    /// Drops chosen units that end by introducing something the answer does not read (a caption
    /// or "as follows:" before a picture or a table that is not chosen); a header row left without
    /// any of its rows goes too.
    /// </summary>
    public static void DropDangling(IReadOnlyList<AnswerUnit> units, List<AnswerUnit> chosen)
    {
        var order = units.ToList();
        // Header rows first: an introduction before a header row that goes is dangling too.
        chosen.RemoveAll(unit => unit.Kind == UnitKind.TableRow && order.FindIndex(u => u.Position == unit.Position) is var at
            && (at <= 0 || order[at - 1].Kind != UnitKind.TableRow)
            && !chosen.Any(c => c.Kind == UnitKind.TableRow && c.Position > unit.Position && SameTable(order, unit, c)));
        // From the end, so an introduction of an introduction goes as well.
        foreach (var unit in chosen.OrderByDescending(u => u.Position).ToList())
        {
            var at = order.FindIndex(u => u.Position == unit.Position);
            var next = at >= 0 && at + 1 < order.Count ? order[at + 1] : null;
            if (unit.Text.TrimEnd().EndsWith(':') && (next is null || !chosen.Contains(next)))
                chosen.Remove(unit);
        }
    }

    /// <summary>True for a unit that is a whole sentence or list item, fit to stand alone after "See also".</summary>
    public static bool StandsAlone(AnswerUnit unit) =>
        unit.Kind is UnitKind.Sentence or UnitKind.Item && !unit.Text.TrimEnd().EndsWith(':') && !IsFragment(unit);

    private static bool SameTable(IReadOnlyList<AnswerUnit> units, AnswerUnit header, AnswerUnit row) =>
        units.Where(u => u.Position > header.Position && u.Position <= row.Position).All(u => u.Kind == UnitKind.TableRow);

    /// <summary>A comment line of a configuration file or script (<c># …</c>, <c>### …</c>, <c>// …</c>).</summary>
    private static bool IsComment(AnswerUnit unit) => CommentStart().IsMatch(unit.Text);

    /// <summary>A line of a configuration file: <c>key: value</c>, <c>key = value</c> with a lower-case key, or <c>[section]</c>.</summary>
    private static bool IsConfigurationLine(AnswerUnit unit) =>
        unit.Kind is UnitKind.Sentence or UnitKind.Code && ConfigurationLine().IsMatch(unit.Text);

    /// <summary>
    /// The rest of a sentence whose beginning is not in the section: prose that starts with a
    /// lower-case word. A command line ("SAVE_CONFIG", "G1 E50 F60") is not prose, and a label
    /// or example without a full stop ("Yellow Violet Red Gold: … 4700 Ohm") is not cut.
    /// </summary>
    private static bool IsFragment(AnswerUnit unit) =>
        unit.Kind == UnitKind.Sentence && IsProse(unit.Text) && LowerCaseStart().IsMatch(unit.Text.Trim());

    private static bool IsProse(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Length > 1 && w.All(char.IsLetter) && w.Any(char.IsLower)) >= MinProseWords;

    /// <summary>Fewest ordinary words that make a line prose rather than a command or a label.</summary>
    private const int MinProseWords = 4;

    [GeneratedRegex(@"^\s*(#|//)")]
    private static partial Regex CommentStart();

    [GeneratedRegex(@"^\s*(\[[\w .:-]+\]\s*$|[a-z][A-Za-z0-9]*(_[A-Za-z0-9]+)+\s*[:=]|[a-z][A-Za-z0-9_]*\s*[:=]\s*[^\s].*#)")]
    private static partial Regex ConfigurationLine();

    // A lower-case word first, unless it is an identifier or command (rotation_distance, stepper_x, .kicad_pcb).
    [GeneratedRegex(@"^\p{Ll}[\p{Ll}\-']*(\s|,|$)")]
    private static partial Regex LowerCaseStart();

    [GeneratedRegex(@"[.!?:;)\]""'”“»]$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(setting|settings|parameter|parameters|config|configure|configuration|value|einstell\w*|parameter\w*|konfigur\w*|wert\w*)\b|\bstell\w*\b.*\bein\b", RegexOptions.IgnoreCase)]
    private static partial Regex SettingWords();

    [GeneratedRegex(@"\b[a-z][a-z0-9]*(_[a-z0-9]+)+\b")]
    private static partial Regex Identifier();
}
