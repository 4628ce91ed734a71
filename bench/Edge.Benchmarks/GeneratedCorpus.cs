using System.Text;

namespace Edge.Benchmarks;

/// <summary>Markdown manuals made of the sample manuals' words in headed sections of numbered sentences.</summary>
internal static class GeneratedCorpus
{
    /// <summary>Writes files until about <paramref name="totalWords"/> words are written; returns the word count.</summary>
    public static int Write(string folder, int totalWords, int wordsPerFile, int seed = 5)
    {
        var words = Repo.ManualWords();
        var random = new Random(seed);
        var written = 0;
        for (var file = 1; written < totalWords; file++)
        {
            var text = new StringBuilder($"# Generated manual {file}\n\n");
            var inFile = 0;
            for (var section = 1; inFile < wordsPerFile; section++)
            {
                text.Append($"## {section}. {Words(words, random, 3)}\n\n");
                for (var sentence = 0; sentence < 10 && inFile < wordsPerFile; sentence++)
                {
                    var length = random.Next(8, 22);
                    text.Append(Words(words, random, length)).Append(".\n");
                    inFile += length;
                }
                text.Append('\n');
            }
            File.WriteAllText(Path.Combine(folder, $"generated-{file:D3}.md"), text.ToString());
            written += inFile;
        }
        return written;
    }

    private static string Words(IReadOnlyList<string> words, Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Count)]));
}
