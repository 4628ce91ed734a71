using System.Globalization;

namespace Edge.Knowledge.Retrieval.Dictionary;

/// <summary>
/// A table as tab-separated lines (<c>direction, key, domain, text, terms</c>), so the knowledge
/// base can keep it beside the manuals instead of reading the 25 MB dictionary at every start.
/// </summary>
internal sealed partial class TranslationTable
{
    /// <summary>Writes the table.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteDirection(writer, 'G', _germanToEnglish);
        WriteDirection(writer, 'E', _englishToGerman);
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">A line is not a table line.</exception>
    public static TranslationTable Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var germanToEnglish = new Dictionary<string, List<Translation>>(StringComparer.Ordinal);
        var englishToGerman = new Dictionary<string, List<Translation>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length != 5 || fields[0] is not ("G" or "E") || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var domain))
                throw new InvalidDataException("not a translation table line: " + line);
            var map = fields[0] == "G" ? germanToEnglish : englishToGerman;
            if (!map.TryGetValue(fields[1], out var list))
                map[fields[1]] = list = [];
            list.Add(new Translation(fields[4].Split(' '), fields[3], (SenseDomain)domain));
        }
        return new TranslationTable(
            germanToEnglish.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            englishToGerman.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
    }

    private static void WriteDirection(TextWriter writer, char direction, Dictionary<string, Translation[]> map)
    {
        foreach (var (key, translations) in map.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            foreach (var translation in translations)
            {
                writer.Write(direction);
                writer.Write('\t');
                writer.Write(key);
                writer.Write('\t');
                writer.Write(((int)translation.Domain).ToString(CultureInfo.InvariantCulture));
                writer.Write('\t');
                writer.Write(translation.Text);
                writer.Write('\t');
                writer.Write(string.Join(' ', translation.Terms));
                writer.Write('\n');
            }
        }
    }
}
