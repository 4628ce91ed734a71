using System.Text.RegularExpressions;

namespace Edge.Knowledge.Answering.Extractive;

/// <summary>Questions that ask for a number, and the units of text that state one.</summary>
internal static partial class Quantities
{
    /// <summary>True for "how many / how long / what torque …", "wie viele / wie lange / welcher Druck …".</summary>
    public static bool IsAskedFor(string question) => AskedFor().IsMatch(question);

    /// <summary>
    /// True when the text states a number: digits standing alone ("0.3 mm", "5 s") or a number word
    /// ("five", "zweimal"); the digits inside codes like G28 or stepper_z do not count.
    /// </summary>
    public static bool HasQuantity(string text) => Stated().IsMatch(text);

    [GeneratedRegex(@"\b(how (many|much|long|often|far|big|large|high|hot|fast|tight|thick|deep)|what (size|value|temperature|pressure|torque|distance|speed|interval|gap|clearance|voltage|current)|wie (viele?|lange|oft|weit|groß|hoch|heiß|warm|schnell|fest|dick|tief)|welche[nrs]? (wert|größe|temperatur|druck|drehmoment|anzugsmoment|abstand|spalt|intervall|spannung|strom))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedFor();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.])\d+(?:[.,]\d+)?(?![\p{L}_])|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred|once|twice|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert|einmal|zweimal|dreimal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stated();
}
