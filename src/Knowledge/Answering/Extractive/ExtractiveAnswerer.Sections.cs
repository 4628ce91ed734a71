using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Answering.Extractive;

/// <summary>Which sections an answer reads: the best hit's and, when it answers about as well, a "see also".</summary>
internal sealed partial class ExtractiveAnswerer
{
    private static bool SameSection(SearchHit a, SearchHit b) => a.Document == b.Document && a.Section == b.Section;

    /// <summary>Share of the first section's best sentence score a second section's sentence must reach.</summary>
    private const double SecondShare = 0.7;

    /// <summary>
    /// Search is sure of the place in about half the cases: when the next section has a sentence
    /// that answers the question about as well as the first section's best, it is read too.
    /// </summary>
    private (SearchHit Hit, AnswerUnit Unit)? SecondOpinion(QueryTerms query, IReadOnlyList<SearchHit> hits, List<AnswerUnit> chosen, UnitScorer scorer, Func<AnswerUnit, bool> settingAskedFor)
    {
        var second = hits.FirstOrDefault(h => !SameSection(h, hits[0]));
        var bestScore = chosen.Where(u => u.Kind != UnitKind.Notice).Select(u => scorer.Score(u)).DefaultIfEmpty(0).Max();
        if (second is null || bestScore <= 0)
            return null;
        var (units, language) = SectionUnits(second);
        var secondScorer = new UnitScorer(analysis, query, language, units);
        var candidate = AnswerReadability.Readable(units, settingAskedFor).Where(AnswerReadability.StandsAlone)
            .Select(u => (Unit: u, Score: secondScorer.Score(u))).OrderByDescending(s => s.Score).FirstOrDefault();
        return candidate.Unit is not null && candidate.Score >= SecondShare * bestScore && candidate.Unit.Text.Length <= 300
            ? (second, candidate.Unit)
            : null;
    }

    /// <summary>
    /// The first subsection of <paramref name="section"/> (in document order) with at least two
    /// steps, as a hit to cite, when the section itself has fewer; null otherwise.
    /// </summary>
    private SearchHit? StepsBelow(SearchHit section)
    {
        if (SectionUnits(section).Units.Count(u => u.Kind == UnitKind.Step) >= 2)
            return null;
        var index = indexes.Current;
        var sectionId = index.SectionOf(section.ChunkId);
        if (sectionId < 0)
            return null;
        foreach (var child in index.SubsectionsOf(sectionId).Take(MaxSubsections))
        {
            var chunks = store.GetChunks(index.ChunksOf(child)).OrderBy(c => c.Ordinal).ThenBy(c => c.Id).ToList();
            if (chunks.Count == 0 || UnitSplitter.Split(string.Join('\n', chunks.Select(c => c.Text))).Count(u => u.Kind == UnitKind.Step) < 2)
                continue;
            var document = store.GetDocuments([chunks[0].DocumentId]).Values.FirstOrDefault();
            return document is null ? null : Search.HybridSearcher.ToHit(chunks[0], document, section.Score, section.DenseSimilarity);
        }
        return null;
    }

    /// <summary>Subsections looked at for the steps of a section.</summary>
    private const int MaxSubsections = 6;

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
