using System.Reflection;

namespace Edge.Knowledge.Retrieval;

/// <summary>The German–English technical glossary that lets German questions find English manuals and back.</summary>
/// <remarks>
/// Plain UTF-8 TSV so a plant can keep its own words (machine names, in-house part names) in a file
/// beside the configuration: <c>german&lt;TAB&gt;english</c>, synonyms separated by <c>|</c>,
/// <c>#</c> starts a comment line, blank lines are ignored.
/// </remarks>
internal sealed partial class Glossary
{
    private const string ResourceName = "Edge.Knowledge.Retrieval.Glossary.glossary.de-en.tsv";
    private static readonly Lazy<Glossary> Default = new(ReadDefault);

    private Glossary(IReadOnlyList<GlossaryEntry> entries) => Entries = entries;

    /// <summary>All entries, shipped ones first, then the plant's.</summary>
    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>Number of entries.</summary>
    public int Count => Entries.Count;

    /// <summary>The glossary shipped inside this assembly.</summary>
    public static Glossary LoadDefault() => Default.Value;

    /// <summary>The shipped glossary merged with a plant's own file; <c>null</c> means the shipped one alone.</summary>
    /// <exception cref="FileNotFoundException">The plant file does not exist.</exception>
    /// <exception cref="GlossaryFormatException">A line of the plant file is malformed.</exception>
    public static Glossary Load(string? plantFilePath)
    {
        if (plantFilePath is null)
        {
            return LoadDefault();
        }

        if (!File.Exists(plantFilePath))
        {
            throw new FileNotFoundException($"Plant glossary not found: {plantFilePath}", plantFilePath);
        }

        using var reader = new StreamReader(plantFilePath, detectEncodingFromByteOrderMarks: true);
        return LoadDefault().Merge(Parse(reader, Path.GetFileName(plantFilePath)));
    }

    /// <summary>A glossary with the entries of this one followed by those of <paramref name="other"/>.</summary>
    public Glossary Merge(Glossary other) => new([.. Entries, .. other.Entries]);

    /// <summary>All German words of the glossary, for the compound dictionary.</summary>
    public IEnumerable<string> GermanTerms => Entries.SelectMany(entry => entry.German);

    private static Glossary ReadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded glossary {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "glossary.de-en.tsv");
    }
}
