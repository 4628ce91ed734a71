namespace Edge.Knowledge.Retrieval.Dictionary;

/// <summary>One sense of a dictionary entry: German words or short phrases and their English equivalents.</summary>
/// <param name="German">German synonyms, cleaned of grammar and subject annotations ("Drehbank", "Drehmaschine").</param>
/// <param name="English">English synonyms, cleaned the same way, verbs without "to" ("lathe").</param>
/// <param name="Domain">How well the sense's subject fits a machine manual.</param>
internal sealed record DictionarySense(IReadOnlyList<string> German, IReadOnlyList<string> English, SenseDomain Domain);

/// <summary>How well a sense's subject tags fit machine manuals; a word's technical sense is preferred.</summary>
internal enum SenseDomain
{
    /// <summary>Another field (botany, cooking, law …), or colloquial, rare or regional.</summary>
    Other = 0,

    /// <summary>No subject tag: everyday language.</summary>
    General = 1,

    /// <summary>Engineering, electrical, computing, vehicles, building, physics …</summary>
    Technical = 2,
}
