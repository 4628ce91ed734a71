using System.Reflection;

namespace Edge.Knowledge.Answering;

/// <summary>
/// The questions a collection's decline line is calibrated with: a shipped bank of questions
/// asked at a machine that machine manuals do not answer (plant life, paperwork, other
/// equipment), and near misses made for the collection — templates about machine parts its
/// manuals never mention ("How do I replace the timing belt?" for manuals without a timing belt).
/// </summary>
internal static class CalibrationQuestions
{
    private const string Prefix = "Edge.Knowledge.Answering.Relevance.";

    private static readonly Lazy<IReadOnlyList<(string Language, string Text)>> Bank = new(() => Read("off-topic-questions.tsv"));
    private static readonly Lazy<IReadOnlyList<(string English, string German)>> Topics =
        new(() => [.. Read("machine-topics.tsv").Select(t => (t.Language, t.Text))]);
    private static readonly Lazy<IReadOnlyList<(string Language, string Text)>> Templates = new(() => Read("machine-topic-templates.tsv"));

    /// <summary>The shipped off-topic questions, each with its language ("de" or "en").</summary>
    public static IReadOnlyList<(string Language, string Text)> OffTopic => Bank.Value;

    /// <summary>A version of the shipped lists: a calibration made with other lists is redone.</summary>
    public static string Version { get; } = (Bank.Value.Count + 7 * Topics.Value.Count + 31 * Templates.Value.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The off-topic bank plus, for each machine topic the collection lacks (by
    /// <paramref name="lacks"/>, given the English and German wording), one question in each
    /// language, the templates taken in turn.
    /// </summary>
    public static IReadOnlyList<(string Language, string Text)> For(Func<string, string, bool> lacks)
    {
        var questions = new List<(string Language, string Text)>(Bank.Value);
        var english = Templates.Value.Where(t => t.Language == "en").Select(t => t.Text).ToList();
        var german = Templates.Value.Where(t => t.Language == "de").Select(t => t.Text).ToList();
        var turn = 0;
        foreach (var (en, de) in Topics.Value)
        {
            if (!lacks(en, de))
                continue;
            questions.Add(("en", english[turn % english.Count].Replace("{en}", en, StringComparison.Ordinal)));
            questions.Add(("de", german[turn % german.Count].Replace("{de}", de, StringComparison.Ordinal)));
            turn++;
        }
        return questions;
    }

    private static List<(string Language, string Text)> Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"Embedded calibration list {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        var entries = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var columns = line.Split('\t');
            if (columns.Length != 2)
                throw new InvalidOperationException($"Embedded calibration list {name}: not two columns: {line}");
            entries.Add((columns[0], columns[1]));
        }
        return entries;
    }
}
