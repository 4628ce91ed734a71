namespace Edge.Knowledge.Answering.Extractive;

/// <summary>What kind of text a unit is; steps and table rows are answered whole, never cut.</summary>
internal enum UnitKind
{
    /// <summary>A sentence of running text.</summary>
    Sentence,
    /// <summary>A numbered procedure step.</summary>
    Step,
    /// <summary>A bulleted list item.</summary>
    Item,
    /// <summary>A table row ("cell | cell | cell").</summary>
    TableRow,
    /// <summary>A WARNING / CAUTION / DANGER / Achtung / Vorsicht notice.</summary>
    Notice,
    /// <summary>A line of code or a command.</summary>
    Code,
}

/// <summary>The smallest piece of a passage an answer is built from.</summary>
/// <param name="Text">The unit's text.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Position">Order within the section, so chosen units are read in document order.</param>
internal sealed record AnswerUnit(string Text, UnitKind Kind, int Position);
