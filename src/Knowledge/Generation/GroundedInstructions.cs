namespace Edge.Knowledge.Generation;

/// <summary>
/// The fixed texts of a grounded prompt. Instructions stay in English for both languages because
/// small instruct models follow English instructions most reliably; the answer language is stated
/// explicitly, last, where a small model pays the most attention.
/// </summary>
internal static class GroundedInstructions
{
    /// <summary>The sentence the model must use when the passages do not answer, in English.</summary>
    public const string DeclineEnglish = "The documents do not answer this question.";

    /// <summary>The sentence the model must use when the passages do not answer, in German.</summary>
    public const string DeclineGerman = "Die Unterlagen beantworten diese Frage nicht.";

    /// <summary>"de" for German, otherwise "en": the two languages the agent answers in.</summary>
    public static string Normalize(string? language) =>
        language is not null && language.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? "de" : "en";

    public static string DeclineSentence(string language) => Normalize(language) == "de" ? DeclineGerman : DeclineEnglish;

    public static string System(string language)
    {
        var german = Normalize(language) == "de";
        return "You help technicians at a machine. Answer only from the numbered sources in the user message. " +
            "Be brief: at most three sentences. After each statement cite its source id in square brackets, e.g. [S1]. " +
            (german ? "Answer in German, even when the sources are in English. " : "Answer in English. ") +
            $"If the sources do not contain the answer, reply exactly: {DeclineSentence(language)}";
    }

    public static string QuestionLine(string question, string language) =>
        Normalize(language) == "de"
            ? $"Question: {question}\nAnswer in German and cite the sources, e.g. [S1]."
            : $"Question: {question}\nAnswer in English and cite the sources, e.g. [S1].";

    /// <summary>The compact header of source <paramref name="number"/>: id, document, section, page.</summary>
    public static string SourceHeader(int number, Retrieval.SearchHit hit)
    {
        var document = string.IsNullOrWhiteSpace(hit.Title) ? hit.Document : hit.Title;
        var section = string.IsNullOrWhiteSpace(hit.Section) ? "" : $" | {hit.Section}";
        var page = hit.Page is { } p ? $" | p. {p}" : "";
        return $"[S{number}] {document}{section}{page}";
    }
}
