using Edge.Knowledge.Answering;
using Edge.Knowledge.Ingestion;

namespace Edge.Agent.Cli;

/// <summary>An answer as a person reads it on a terminal.</summary>
internal static class AnswerText
{
    /// <summary>Prints the answer, then its sources (or, with a decline, the closest places).</summary>
    public static void Print(Answer answer)
    {
        Console.WriteLine(answer.Text);
        var de = answer.Language == "de";
        if (answer.Citations.Count > 0)
            Places(de ? "Quellen:" : "Sources:", answer.Citations, de);
        else if (answer.Related.Count > 0)
            Places(de ? "Am nächsten (keine Quelle einer Antwort):" : "Closest places (not sources of an answer):", answer.Related, de);
    }

    private static void Places(string heading, IReadOnlyList<Citation> places, bool de)
    {
        Console.WriteLine();
        Console.WriteLine(heading);
        for (var i = 0; i < places.Count; i++)
        {
            var c = places[i];
            var page = c.Page is { } p ? (de ? $", Seite {p}" : $", page {p}") : "";
            Console.WriteLine($"  [{i + 1}] {DocumentNames.Printable(c.Document)}{page} — {DocumentNames.Printable(c.Section)}");
        }
    }
}
