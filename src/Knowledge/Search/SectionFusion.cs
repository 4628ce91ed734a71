using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Search;

/// <summary>
/// Reciprocal-rank fusion per section: a long section cut into several chunks must not fill a
/// ranking with itself. Each ranking adds weight / (k + rank) to every chunk by its own rank and
/// to every section by the rank of the section's first appearance; the winning sections are shown
/// through their chunk with the best own ranks. Text before the first heading is its own section.
/// </summary>
internal sealed class SectionFusion(SearchIndex index, int k)
{
    private readonly Dictionary<int, double> _chunkScores = [];
    private readonly Dictionary<int, double> _sectionScores = [];

    /// <summary>Adds a ranking of chunks.</summary>
    public void AddChunks(IReadOnlyList<ScoredChunk> ranking, double weight)
    {
        var seen = new HashSet<int>();
        for (var rank = 0; rank < ranking.Count; rank++)
        {
            var chunkId = ranking[rank].ChunkId;
            _chunkScores[chunkId] = _chunkScores.GetValueOrDefault(chunkId) + weight / (k + rank + 1);
            var section = index.SectionOf(chunkId);
            if (seen.Add(section))
                _sectionScores[section] = _sectionScores.GetValueOrDefault(section) + weight / (k + seen.Count);
        }
    }

    /// <summary>Adds a ranking of sections (ids of the heading index).</summary>
    public void AddSections(IReadOnlyList<ScoredChunk> ranking, double weight)
    {
        for (var rank = 0; rank < ranking.Count; rank++)
            _sectionScores[ranking[rank].ChunkId] = _sectionScores.GetValueOrDefault(ranking[rank].ChunkId) + weight / (k + rank + 1);
    }

    /// <summary>
    /// The best <paramref name="top"/> sections as their representative chunks, best first; each
    /// section's score is multiplied by <paramref name="factor"/> of its representative chunk.
    /// </summary>
    public List<(int ChunkId, double Score)> Top(int top, Func<int, double> factor)
    {
        var ranked = new List<(int ChunkId, double Score)>(_sectionScores.Count);
        foreach (var (section, score) in _sectionScores)
        {
            var chunkId = section >= 0
                ? index.ChunksOf(section).OrderByDescending(c => _chunkScores.GetValueOrDefault(c)).ThenBy(c => c).First()
                : -section - 1;
            ranked.Add((chunkId, score * factor(chunkId)));
        }
        return [.. ranked.OrderByDescending(r => r.Score).ThenBy(r => r.ChunkId).Take(top)];
    }
}
