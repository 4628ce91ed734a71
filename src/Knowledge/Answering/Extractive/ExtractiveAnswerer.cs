using System.Text.RegularExpressions;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Storage;

namespace Edge.Knowledge.Answering.Extractive;

/// <summary>
/// Builds an answer from the manuals' own words: the sentences, numbered steps or table rows of
/// the best section that answer the question, in document order, with the section's safety
/// notice kept. Short enough to read aloud; the citations carry the rest.
/// </summary>
internal sealed partial class ExtractiveAnswerer(KnowledgeStore store, TextAnalysis analysis)
{
    private const int MaxUnits = 4;
    private const int MaxChars = 650;
    private const int MaxStepChars = 900;

    /// <summary>The answer text for a question whose best passage is <paramref name="hits"/>[0].</summary>
    public string Compose(string question, string language, IReadOnlyList<SearchHit> hits)
    {
        var best = hits[0];
        var (units, passageLanguage) = SectionUnits(best);
        var scorer = new UnitScorer(analysis, analysis.AnalyzeQuery(question), passageLanguage);
        var scored = units.Select(u => (Unit: u, Score: scorer.Score(u))).ToList();

        var chosen = IsProcedural(question) && units.Count(u => u.Kind == UnitKind.Step) >= 2
            ? ChooseSteps(scored)
            : ChooseBest(scored);
        AddTableHeaders(units, chosen);
        AddNotice(units, chosen);

        var body = string.Join(' ', chosen.OrderBy(u => u.Position).Select(u => u.Text));
        return AnswerPhrases.Source(language, best.Title, best.SectionHeadings.LastOrDefault() ?? "", best.Page) + " " + body;
    }

    /// <summary>Units of every stored chunk in the best hit's section, in document order.</summary>
    private (List<AnswerUnit> Units, string Language) SectionUnits(SearchHit best)
    {
        var chunk = store.GetChunks([best.ChunkId]).FirstOrDefault();
        if (chunk is null)
            return (UnitSplitter.Split(best.Text), "en");
        var section = store.GetDocumentChunks(chunk.DocumentId)
            .Where(c => c.Section.SequenceEqual(chunk.Section, StringComparer.Ordinal))
            .Select(c => c.Text);
        return (UnitSplitter.Split(string.Join('\n', section)), chunk.Language);
    }

    private static List<AnswerUnit> ChooseBest(List<(AnswerUnit Unit, double Score)> scored)
    {
        var chosen = new List<AnswerUnit>();
        var length = 0;
        foreach (var (unit, _) in scored.Where(s => s.Score > 0 && s.Unit.Kind != UnitKind.Notice).OrderByDescending(s => s.Score).ThenBy(s => s.Unit.Position))
        {
            if (chosen.Count == MaxUnits || (chosen.Count > 0 && length + unit.Text.Length > MaxChars))
                break;
            chosen.Add(unit);
            length += unit.Text.Length;
        }
        if (chosen.Count == 0)
            chosen.AddRange(scored.Select(s => s.Unit).Where(u => u.Kind != UnitKind.Notice).Take(2));
        return chosen;
    }

    /// <summary>A procedure is read as its steps, in order, as many as fit.</summary>
    private static List<AnswerUnit> ChooseSteps(List<(AnswerUnit Unit, double Score)> scored)
    {
        var chosen = new List<AnswerUnit>();
        var length = 0;
        foreach (var step in scored.Select(s => s.Unit).Where(u => u.Kind == UnitKind.Step))
        {
            if (chosen.Count > 0 && length + step.Text.Length > MaxStepChars)
                break;
            chosen.Add(step);
            length += step.Text.Length;
        }
        var lead = scored.Where(s => s.Unit.Kind == UnitKind.Sentence && s.Score > 0).OrderByDescending(s => s.Score).FirstOrDefault();
        if (lead.Unit is not null && length + lead.Unit.Text.Length <= MaxStepChars + 200)
            chosen.Add(lead.Unit);
        return chosen;
    }

    /// <summary>A table row is meaningless without its header row: add it when a row was chosen.</summary>
    private static void AddTableHeaders(List<AnswerUnit> units, List<AnswerUnit> chosen)
    {
        foreach (var row in chosen.Where(u => u.Kind == UnitKind.TableRow).ToList())
        {
            var index = units.FindIndex(u => u.Position == row.Position);
            while (index > 0 && units[index - 1].Kind == UnitKind.TableRow)
                index--;
            if (units[index] != row && !chosen.Contains(units[index]))
                chosen.Add(units[index]);
        }
    }

    /// <summary>Safety first: the section's first warning goes with the answer.</summary>
    private static void AddNotice(List<AnswerUnit> units, List<AnswerUnit> chosen)
    {
        var notice = units.FirstOrDefault(u => u.Kind == UnitKind.Notice);
        if (notice is not null && !chosen.Contains(notice))
            chosen.Add(notice with { Position = -1 });
    }

    private static bool IsProcedural(string question) => Procedural().IsMatch(question);

    [GeneratedRegex(@"^\s*(how|wie)\b|\b(procedure|steps?|replace|change|calibrate|adjust|tune|set up|install|wechs|tausch|einstell|kalibrier|vorgehen|ablauf|schritt)", RegexOptions.IgnoreCase)]
    private static partial Regex Procedural();
}
