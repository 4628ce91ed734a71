namespace Edge.Knowledge;

/// <summary>How a section path is shown to people and in JSON: "Chapter › Section › Subsection".</summary>
public static class SectionPath
{
    /// <summary>The separator between heading texts.</summary>
    public const string Separator = " › ";

    /// <summary>Joins heading texts into the display form.</summary>
    public static string Format(IEnumerable<string> headings) => string.Join(Separator, headings);
}
