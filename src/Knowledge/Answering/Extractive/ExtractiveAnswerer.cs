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

    /// <summary>Sections considered for the answer, best search rank first.</summary>
    private const int SectionChoices = 3;

    /// <summary>How much less a lower-ranked section's best sentence must be worth to lose against the first's.</summary>
    private static readonly double[] RankPrior = [1.0, 0.6, 0.5];

    /// <summary>
    /// The answer for a question and its search hits. The answer comes from one section: of the
    /// top sections, the one whose best sentence, step or row matches the question best, with
    /// search rank as a prior — search ranks passages, this looks at the sentence that answers.
    /// </summary>
    public ExtractedAnswer Compose(string question, string language, IReadOnlyList<SearchHit> hits)
    {
        var query = analysis.AnalyzeQuery(question);
        var options = hits.DistinctBy(h => (h.Document, h.Section)).Take(SectionChoices)
            .Select((hit, rank) =>
            {
                var (units, passageLanguage) = SectionUnits(hit);
                var scorer = new UnitScorer(analysis, query, passageLanguage, units);
                var scored = units.Select(u => (Unit: u, Score: scorer.Score(u))).ToList();
                var evidence = scored.Count == 0 ? 0 : scored.Max(s => s.Score) * RankPrior[rank];
                return (Hit: hit, Units: units, Scored: scored, Evidence: evidence);
            })
            .ToList();
        var best = options.MaxBy(o => o.Evidence);

        var chosen = IsProcedural(question) && best.Units.Count(u => u.Kind == UnitKind.Step) >= 2
            ? ChooseSteps(best.Scored)
            : ChooseBest(best.Scored);
        AddTableHeaders(best.Units, chosen);
        AddNotice(best.Units, chosen);

        var body = string.Join(' ', chosen.OrderBy(u => u.Position).Select(u => u.Text));
        var text = AnswerPhrases.Source(language, best.Hit.Title, best.Hit.SectionHeadings.LastOrDefault() ?? "", best.Hit.Page) + " " + body;
        return new ExtractedAnswer(text, best.Hit);
    }

    /// <summary>Units of every stored chunk in a hit's section, in document order.</summary>
    private (List<AnswerUnit> Units, string Language) SectionUnits(SearchHit hit)
    {
        var chunk = store.GetChunks([hit.ChunkId]).FirstOrDefault();
        if (chunk is null)
            return (UnitSplitter.Split(hit.Text), "en");
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

    [GeneratedRegex(@"\b(how (do|can|should|to)|wie (kann|muss|soll|mache|wechsle|stelle|prüfe|gehe)|procedure|steps?|replace|change|calibrate|adjust|tune|set up|install|wechs|tausch|einstell|kalibrier|vorgehen|ablauf|schritt)", RegexOptions.IgnoreCase)]
    private static partial Regex Procedural();
}
