using System.Text.RegularExpressions;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Search;
using Edge.Knowledge.Storage;

namespace Edge.Knowledge.Answering.Extractive;

/// <summary>
/// Builds an answer from the manuals' own words: the sentences, numbered steps or table rows of
/// the best section that answer the question, in document order, with the section's safety
/// notice kept. Short enough to read aloud; the citations carry the rest.
/// </summary>
internal sealed partial class ExtractiveAnswerer(KnowledgeStore store, SearchIndexCache indexes, TextAnalysis analysis)
{
    private const int MaxUnits = 4;
    private const int MaxChars = 650;
    private const int MaxStepChars = 900;

    /// <summary>The answer for a question from the section of its best search hit.</summary>
    public ExtractedAnswer Compose(string question, string language, IReadOnlyList<SearchHit> hits)
    {
        var query = analysis.AnalyzeQuery(question);
        var asksQuantity = Quantities.IsAskedFor(question);
        var best = hits[0];
        var (units, passageLanguage) = SectionUnits(best);
        var scorer = new UnitScorer(analysis, query, passageLanguage, units, asksQuantity);
        if (IsStub(units) && BetterThanStub(query, hits, units, scorer, asksQuantity) is { } fuller)
            (best, units, passageLanguage, scorer) = fuller;

        var asksHow = IsProcedural(question);
        var procedural = asksHow && units.Count(u => u.Kind == UnitKind.Step) >= 2;
        var prose = asksHow && !procedural && Actions(units).Count() >= 2;
        // Asked about a code that a table row lists ("alarm 2041"): that row is the answer, not
        // its neighbours that merely share words like "spindle".
        var codeRows = units.Where(u => u.Kind == UnitKind.TableRow && scorer.NamesQuestionCode(u)).Take(MaxUnits).ToList();
        var chosen = procedural ? ChooseSteps(units, scorer)
            : codeRows.Count > 0 ? [.. codeRows, .. ChooseBest([.. units.Where(u => u.Kind != UnitKind.TableRow)], scorer, MaxUnits - codeRows.Count, required: false)]
            : prose ? ChooseProseSteps(units, scorer)
            : IsShort(units) && units.Any(u => scorer.Score(u) > 0) ? [.. units.Where(u => u.Kind != UnitKind.Notice)]
            : ChooseBest(units, scorer, MaxUnits);
        AddIntroducedLines(units, chosen);
        FillStepGaps(units, chosen);
        AddTableHeaders(units, chosen);
        AddNotice(units, chosen);

        var body = string.Join(' ', chosen.OrderBy(u => u.Position).Select(u => u.Text));
        var text = AnswerPhrases.Source(language, best.Title, best.SectionHeadings.LastOrDefault() ?? "", best.Page) + " " + body;
        if (!procedural && !prose && SecondOpinion(query, hits, best, chosen, scorer) is { } also)
            text += " " + AnswerPhrases.Also(language, also.Hit.SectionHeadings.LastOrDefault() ?? also.Hit.Title) + " " + also.Unit.Text;
        return new ExtractedAnswer(text, best);
    }

    private static bool SameSection(SearchHit a, SearchHit b) => a.Document == b.Document && a.Section == b.Section;

    /// <summary>Most text a section may have to count as a stub.</summary>
    private const int MaxStubChars = 200;

    /// <summary>
    /// A section of one short sentence: a module's introduction ("The following command is
    /// available when …") that only announces the sections below it.
    /// </summary>
    private static bool IsStub(List<AnswerUnit> units) =>
        units.Count(u => u.Kind != UnitKind.Notice) == 1 && units.Sum(u => u.Text.Length) < MaxStubChars;

    /// <summary>
    /// The next section, when its best unit answers the question at least as well as the stub's:
    /// search ranked the stub first for sharing the question's words, but it has nothing to read out.
    /// </summary>
    private (SearchHit Hit, List<AnswerUnit> Units, string Language, UnitScorer Scorer)? BetterThanStub(
        QueryTerms query, IReadOnlyList<SearchHit> hits, List<AnswerUnit> stubUnits, UnitScorer stubScorer, bool asksQuantity)
    {
        var next = hits.FirstOrDefault(h => !SameSection(h, hits[0]));
        if (next is null)
            return null;
        var (units, language) = SectionUnits(next);
        var scorer = new UnitScorer(analysis, query, language, units, asksQuantity);
        var stubBest = stubUnits.Select(u => stubScorer.Score(u)).DefaultIfEmpty(0).Max();
        var nextBest = units.Where(u => u.Kind != UnitKind.Notice).Select(u => scorer.Score(u)).DefaultIfEmpty(0).Max();
        return nextBest > 0 && nextBest >= stubBest ? (next, units, language, scorer) : null;
    }

    /// <summary>Share of the first section's best sentence score a second section's sentence must reach.</summary>
    private const double SecondShare = 0.7;

    /// <summary>
    /// Search is sure of the place in about half the cases: when the next section has a sentence
    /// that answers the question about as well as the first section's best, it is read too.
    /// </summary>
    private (SearchHit Hit, AnswerUnit Unit)? SecondOpinion(QueryTerms query, IReadOnlyList<SearchHit> hits, SearchHit source, List<AnswerUnit> chosen, UnitScorer scorer)
    {
        // A stub passed over for its neighbour is not read as "see also" either.
        var second = hits.FirstOrDefault(h => !SameSection(h, source) && !SameSection(h, hits[0]));
        var bestScore = chosen.Where(u => u.Kind != UnitKind.Notice).Select(u => scorer.Score(u)).DefaultIfEmpty(0).Max();
        if (second is null || bestScore <= 0)
            return null;
        var (units, language) = SectionUnits(second);
        var secondScorer = new UnitScorer(analysis, query, language, units);
        var candidate = units.Where(u => u.Kind is UnitKind.Sentence or UnitKind.Item or UnitKind.TableRow)
            .Select(u => (Unit: u, Score: secondScorer.Score(u))).OrderByDescending(s => s.Score).FirstOrDefault();
        return candidate.Unit is not null && candidate.Score >= SecondShare * bestScore && candidate.Unit.Text.Length <= 300
            ? (second, candidate.Unit)
            : null;
    }

    /// <summary>Units of every stored chunk in a hit's section, in document order.</summary>
    /// <remarks>The search index knows each section's chunks: one read of just those, not of the whole document.</remarks>
    private (List<AnswerUnit> Units, string Language) SectionUnits(SearchHit hit)
    {
        var index = indexes.Current;
        var section = index.SectionOf(hit.ChunkId);
        var chunks = store.GetChunks(section >= 0 ? index.ChunksOf(section) : [hit.ChunkId])
            .OrderBy(c => c.Ordinal).ThenBy(c => c.Id).ToList();
        return chunks.Count == 0
            ? (UnitSplitter.Split(hit.Text), "en")
            : (UnitSplitter.Split(string.Join('\n', chunks.Select(c => c.Text))), chunks[0].Language);
    }

    /// <summary>
    /// Greedy choice of the units that together cover the question best: each round takes the
    /// unit with the highest score for what is not yet covered, until the budget is spent.
    /// </summary>
    private static List<AnswerUnit> ChooseBest(List<AnswerUnit> units, UnitScorer scorer, int maxUnits, bool required = true)
    {
        var chosen = new List<AnswerUnit>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var remaining = units.Where(u => u.Kind != UnitKind.Notice).ToList();
        var length = 0;
        while (chosen.Count < maxUnits && remaining.Count > 0)
        {
            var (unit, score) = remaining.Select(u => (Unit: u, Score: scorer.Score(u, covered))).MaxBy(s => s.Score);
            if (score <= 0 || (chosen.Count > 0 && length + unit.Text.Length > MaxChars))
                break;
            chosen.Add(unit);
            remaining.Remove(unit);
            covered.UnionWith(scorer.MatchedTerms(unit));
            length += unit.Text.Length;
        }
        if (chosen.Count == 0 && required)
            chosen.AddRange(remaining.Take(2));
        return chosen;
    }

    /// <summary>A procedure is read as its steps, in order, as many as fit, with its best introductory sentence.</summary>
    private static List<AnswerUnit> ChooseSteps(List<AnswerUnit> units, UnitScorer scorer)
    {
        var chosen = new List<AnswerUnit>();
        var length = 0;
        foreach (var step in units.Where(u => u.Kind == UnitKind.Step))
        {
            if (chosen.Count > 0 && length + step.Text.Length > MaxStepChars)
                break;
            chosen.Add(step);
            length += step.Text.Length;
        }
        var lead = units.Where(u => u.Kind == UnitKind.Sentence).Select(u => (Unit: u, Score: scorer.Score(u))).Where(s => s.Score > 0).OrderByDescending(s => s.Score).FirstOrDefault();
        if (lead.Unit is not null && length + lead.Unit.Text.Length <= MaxStepChars + 200)
            chosen.Add(lead.Unit);
        return chosen;
    }

    /// <summary>Most units a section may have to be read whole.</summary>
    private const int MaxWholeUnits = 6;

    /// <summary>
    /// A section of a few sentences that fits the answer is read whole: the sentence that shares
    /// no word with the question ("Consider using pressure advance instead.") is often its point.
    /// </summary>
    private static bool IsShort(List<AnswerUnit> units)
    {
        var body = units.Where(u => u.Kind != UnitKind.Notice).ToList();
        return body.Count <= MaxWholeUnits && body.Sum(u => u.Text.Length) <= MaxChars;
    }

    /// <summary>The units of a section that tell the reader to do something, in order.</summary>
    private static IEnumerable<AnswerUnit> Actions(List<AnswerUnit> units) =>
        units.Where((u, i) => ProseProcedure.IsAction(u, i > 0 ? units[i - 1] : null));

    /// <summary>
    /// A procedure written as running text is read from its first instruction on, in order, as far
    /// as fits, with the best sentence before it as the lead ("The PROBE_CALIBRATE tool can be used
    /// to obtain this value").
    /// </summary>
    private static List<AnswerUnit> ChooseProseSteps(List<AnswerUnit> units, UnitScorer scorer)
    {
        var first = units.IndexOf(Actions(units).First());
        var chosen = new List<AnswerUnit>();
        var length = 0;
        foreach (var unit in units.Skip(first).Where(u => u.Kind != UnitKind.Notice))
        {
            if (chosen.Count > 0 && length + unit.Text.Length > MaxStepChars)
                break;
            chosen.Add(unit);
            length += unit.Text.Length;
        }
        var lead = units.Take(first).Where(u => u.Kind == UnitKind.Sentence).Select(u => (Unit: u, Score: scorer.Score(u)))
            .Where(s => s.Score > 0).OrderByDescending(s => s.Score).FirstOrDefault();
        if (lead.Unit is not null && length + lead.Unit.Text.Length <= MaxStepChars + 200)
            chosen.Add(lead.Unit);
        return chosen;
    }

    /// <summary>
    /// A chosen sentence that ends in a colon ("save the results with:") says nothing without the
    /// command or value it introduces: the next line is added.
    /// </summary>
    private static void AddIntroducedLines(List<AnswerUnit> units, List<AnswerUnit> chosen)
    {
        for (var i = 0; i + 1 < units.Count; i++)
        {
            if (chosen.Contains(units[i]) && !chosen.Contains(units[i + 1]) && ProseProcedure.IsIntroducedCommand(units[i + 1], units[i]))
                chosen.Add(units[i + 1]);
        }
    }

    /// <summary>Steps 1 and 4 without 2 and 3 are a dangerous procedure: the steps between chosen ones are added.</summary>
    private static void FillStepGaps(List<AnswerUnit> units, List<AnswerUnit> chosen)
    {
        var steps = chosen.Where(u => u.Kind == UnitKind.Step).Select(u => u.Position).ToList();
        if (steps.Count < 2)
            return;
        var (first, last) = (steps.Min(), steps.Max());
        foreach (var unit in units.Where(u => u.Kind == UnitKind.Step && u.Position > first && u.Position < last && !chosen.Contains(u)))
            chosen.Add(unit);
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
