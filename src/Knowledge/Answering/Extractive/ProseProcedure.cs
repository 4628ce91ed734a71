using System.Text.RegularExpressions;

namespace Edge.Knowledge.Answering.Extractive;

/// <summary>
/// Recognises a procedure written as running text instead of numbered steps ("Start by homing the
/// printer … then run PROBE_CALIBRATE … save the results with: SAVE_CONFIG"). Many manuals write
/// their procedures this way; read as loose sentences, the answer would keep the explanation and
/// lose the actions.
/// </summary>
internal static partial class ProseProcedure
{
    /// <summary>
    /// True when a unit tells the reader to do something: it opens with an instruction verb or a
    /// sequence word ("Start by", "Then", "Finally", "To calibrate …, home …", "Drücken Sie"),
    /// or it is the command line a sentence introduced with a colon.
    /// </summary>
    public static bool IsAction(AnswerUnit unit, AnswerUnit? previous) =>
        unit.Kind is UnitKind.Sentence or UnitKind.Item && (Instruction().IsMatch(unit.Text) || IsIntroducedCommand(unit, previous));

    /// <summary>
    /// True for a short line that a sentence ending in a colon introduces ("… save the results
    /// with:" then "SAVE_CONFIG"): the line belongs to that sentence.
    /// </summary>
    public static bool IsIntroducedCommand(AnswerUnit unit, AnswerUnit? previous) =>
        previous is not null && previous.Text.EndsWith(':') && unit.Text.Length <= MaxIntroducedLength;

    /// <summary>Longest line taken as the command or value a colon introduced.</summary>
    private const int MaxIntroducedLength = 200;

    // English: an instruction verb or sequence word first ("Run", "Then move", "Once … is done,",
    // "To save …, run"). German: the polite imperative ("Drücken Sie", "Schalten Sie … aus") or a
    // sequence word.
    [GeneratedRegex(@"^(\(?(start|then|next|finally|afterwards|once|after|before|to \w+\b[^.]*,|first|now)\b|(run|issue|use|set|make|check|verify|move|home|navigate|add|remove|replace|turn|press|open|close|connect|disconnect|ensure|follow|enter|select|insert|tighten|loosen|install|mount|clean|measure|adjust|restart|wait|switch|lock|release|pull|push|fit|place|apply|perform|repeat|send|type|execute|save|heat|lower|raise|attach|detach|unplug|plug|fill|drain|record|note|mark|rotate|slide|hold|reset|calibrate|configure|update|enable|disable|power|manually|carefully|gently)\b|(zuerst|dann|danach|anschließend|abschließend|zum schluss|nun|jetzt)\b|\p{L}+en sie\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();
}
