using Edge.Knowledge.Answering;
using Edge.Knowledge.Ingestion;

namespace Edge.Agent.Cli;

/// <summary>An answer as a person reads it on a terminal.</summary>
internal static class AnswerText
{
    /// <summary>Prints the answer, then its sources.</summary>
    public static void Print(Answer answer)
    {
        Console.WriteLine(answer.Text);
        if (answer.Citations.Count == 0)
            return;
        Console.WriteLine();
        Console.WriteLine(answer.Language == "de" ? "Quellen:" : "Sources:");
        for (var i = 0; i < answer.Citations.Count; i++)
        {
            var c = answer.Citations[i];
            var page = c.Page is { } p ? (answer.Language == "de" ? $", Seite {p}" : $", page {p}") : "";
            Console.WriteLine($"  [{i + 1}] {DocumentNames.Printable(c.Document)}{page} — {DocumentNames.Printable(c.Section)}");
        }
    }
}
