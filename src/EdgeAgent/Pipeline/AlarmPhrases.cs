using System.Text.RegularExpressions;

namespace Edge.Agent.Pipeline;

/// <summary>
/// Recognises questions about "the alarm on this machine right now", in English and German:
/// "this alarm/error/fault", "the current/active alarm", "dieser/diesen/diesem Alarm",
/// "der/den aktuellen Fehler", "aktuelle Störung", "die anstehende Meldung" (docs/MQTT.md lists them).
/// </summary>
internal static partial class AlarmPhrases
{
    /// <summary>True when the question refers to the current alarm; <paramref name="german"/> tells which language matched.</summary>
    public static bool RefersToCurrentAlarm(string question, out bool german)
    {
        german = German().IsMatch(question);
        return german || English().IsMatch(question);
    }

    [GeneratedRegex(@"\b(?:this|that|the\s+current|current|the\s+active|active|the\s+present)\s+(?:alarm|error|fault|warning|message)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex English();

    [GeneratedRegex(@"\b(?:dies(?:e[rnms]?)|(?:de[rnm]|die|das)\s+aktuellen?|aktuelle[rnms]?|(?:de[rnm]|die|das)\s+anstehenden?|anstehende[rnms]?)\s+(?:alarms?|fehlers?|störung|fehlermeldung|meldung|warnung)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex German();
}
