namespace Edge.Knowledge.Answering.Extractive;

/// <summary>Which units of a section an answer reads, and what each choice needs with it.</summary>
internal sealed partial class ExtractiveAnswerer
{
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
}
