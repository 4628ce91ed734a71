using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Answering.Extractive;

/// <summary>Which sections an answer reads: the best hit's, its neighbour when that is a stub, and a "see also".</summary>
internal sealed partial class ExtractiveAnswerer
{
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
}
