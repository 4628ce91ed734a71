using System.Text;
using System.Text.RegularExpressions;

namespace Edge.EndToEnd.Tests.Support;

/// <summary>Markdown manuals made of the sample manuals' own words, in headed sections, reproducible by seed.</summary>
internal static partial class GeneratedManuals
{
    /// <summary>Writes <paramref name="count"/> files of about <paramref name="words"/> words each into <paramref name="folder"/>.</summary>
    public static IReadOnlyList<string> Write(string folder, int count, int words, int seed = 42)
    {
        var vocabulary = Vocabulary();
        var random = new Random(seed);
        var paths = new List<string>();
        for (var file = 1; file <= count; file++)
        {
            var text = new StringBuilder($"# Line {file} machine manual\n\n");
            var written = 0;
            for (var section = 1; written < words; section++)
            {
                text.Append($"## {section}. {Words(vocabulary, random, 3)}\n\n");
                for (var sentence = 0; sentence < 8 && written < words; sentence++)
                {
                    var length = random.Next(8, 20);
                    text.Append(char.ToUpperInvariant(vocabulary[random.Next(vocabulary.Count)][0])).Append(Words(vocabulary, random, length)[1..]).Append(". ");
                    written += length;
                }
                text.Append("\n\n");
            }
            var path = Path.Combine(folder, $"line-{file:D2}-manual.md");
            File.WriteAllText(path, text.ToString());
            paths.Add(path);
        }
        return paths;
    }

    private static string Words(List<string> vocabulary, Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => vocabulary[random.Next(vocabulary.Count)]));

    private static List<string> Vocabulary() =>
        [.. RepoFiles.CanonicalManuals.Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".html", StringComparison.Ordinal))
            .SelectMany(p => Word().Matches(File.ReadAllText(p)).Select(m => m.Value.ToLowerInvariant()))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\b\p{L}{3,}\b")]
    private static partial Regex Word();
}
