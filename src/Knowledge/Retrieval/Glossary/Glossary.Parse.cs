namespace Edge.Knowledge.Retrieval;

/// <summary>Reading the TSV format.</summary>
internal sealed partial class Glossary
{
    /// <summary>Parses glossary TSV; <paramref name="source"/> names the file in error messages.</summary>
    /// <exception cref="GlossaryFormatException">A line is not <c>german&lt;TAB&gt;english</c> with text on both sides.</exception>
    public static Glossary Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<GlossaryEntry>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 2)
            {
                throw new GlossaryFormatException(source, lineNumber,
                    $"expected 'german<TAB>english' (2 columns), found {columns.Length}.");
            }

            var german = Synonyms(columns[0]);
            var english = Synonyms(columns[1]);
            if (german.Length == 0 || english.Length == 0)
            {
                throw new GlossaryFormatException(source, lineNumber,
                    $"the {(german.Length == 0 ? "German" : "English")} side is empty.");
            }

            entries.Add(new GlossaryEntry(german, english));
        }

        return new Glossary(entries);
    }

    private static string[] Synonyms(string column) =>
        column.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
