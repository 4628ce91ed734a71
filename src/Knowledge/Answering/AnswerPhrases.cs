namespace Edge.Knowledge.Answering;

/// <summary>The few fixed phrases an answer is framed with, in the question's language.</summary>
internal static class AnswerPhrases
{
    /// <summary>Said when the manuals hold nothing to search.</summary>
    public static string Decline(string language) => language == "de"
        ? "Dazu steht nichts in den vorhandenen Handbüchern. Bitte fragen Sie die Instandhaltung oder den Hersteller."
        : "The manuals on this machine do not cover that. Please ask maintenance or the manufacturer.";

    /// <summary>
    /// Said when the manuals do not seem to cover the question; names the closest place, if any:
    /// "I am not sure the manuals cover that; the closest is Spindle › Brake release, page 11."
    /// </summary>
    public static string Decline(string language, Citation? closest)
    {
        if (closest is null)
            return Decline(language);
        var place = Place(closest);
        return language == "de"
            ? $"Ich bin nicht sicher, ob die Handbücher das abdecken; am nächsten kommt {place}. Im Zweifel fragen Sie bitte die Instandhaltung."
            : $"I am not sure the manuals cover that; the closest is {place}. If in doubt, please ask maintenance.";

        string Place(Citation c)
        {
            var headings = c.Section.Split(SectionPath.Separator);
            var section = string.Join(SectionPath.Separator, headings.TakeLast(2));
            var where = section.Length > 0 ? section : c.Title;
            return c.Page is { } page ? $"{where}, {(language == "de" ? "Seite" : "page")} {page}" : $"{where} ({c.Title})";
        }
    }

    /// <summary>Said after a procedure that goes on beyond what an answer reads out.</summary>
    public static string MoreSteps(string language) => language == "de"
        ? "(Weitere Schritte stehen im zitierten Abschnitt.)"
        : "(The cited section has further steps.)";

    /// <summary>Introduces a sentence from a second section: "See also “Section”:".</summary>
    public static string Also(string language, string section) =>
        language == "de" ? $"Siehe auch „{section}“:" : $"See also \u201C{section}\u201D:";

    /// <summary>Introduces an extracted answer with its source, e.g. "According to VMC-850 manual, “Spindle warm-up” (page 12):".</summary>
    public static string Source(string language, string title, string section, int? page)
    {
        var where = string.IsNullOrEmpty(section) ? "" : $", „{section}“";
        if (language == "de")
            return $"Laut {title}{where}{(page is { } p ? $" (Seite {p})" : "")}:";
        where = string.IsNullOrEmpty(section) ? "" : $", \u201C{section}\u201D";
        return $"According to {title}{where}{(page is { } q ? $" (page {q})" : "")}:";
    }
}
