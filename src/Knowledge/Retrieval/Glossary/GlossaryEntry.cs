namespace Edge.Knowledge.Retrieval;

/// <summary>One glossary line: German terms and their English equivalents, each side with synonyms.</summary>
/// <param name="German">German synonyms as written, e.g. "Endschalter", "Endlagenschalter".</param>
/// <param name="English">English synonyms as written, e.g. "endstop", "limit switch".</param>
internal sealed record GlossaryEntry(IReadOnlyList<string> German, IReadOnlyList<string> English);
