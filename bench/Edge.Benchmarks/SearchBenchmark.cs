using System.Diagnostics;
using Edge.Knowledge;
using Edge.Knowledge.Evaluation;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Search;
using Edge.Knowledge.Storage;

namespace Edge.Benchmarks;

/// <summary>
/// Search over 100,000 synthetic chunks: texts of ~150 words drawn from the sample manuals'
/// words, analysed with the real TextAnalysis; vectors are random unit vectors, NOT embeddings
/// (embedding 100k chunks would take hours here), so dense ranking quality is meaningless but
/// its cost is real. Queries are the 40 sample questions, embedded with the real MiniLM.
/// </summary>
internal static class SearchBenchmark
{
    private const int Documents = 500;
    private const int ChunksPerDocument = 200;
    private const int WordsPerChunk = 150;
    private const int ChunksPerSection = 3;

    public static async Task RunAsync()
    {
        using var scratch = new ScratchFolder();
        using var embedder = OnnxSentenceEmbedder.CreateBundled(BundledEmbeddingModel.MiniLm);
        var analysis = TextAnalysis.CreateDefault();

        var build = Stopwatch.StartNew();
        BuildStore(scratch.Path, analysis, embedder.ModelName);
        Report.Note($"built {Documents * ChunksPerDocument:N0} chunks in {build.Elapsed.TotalSeconds:F0} s; database {new FileInfo(Path.Combine(scratch.Path, KnowledgeDatabase.FileName)).Length / (1024 * 1024)} MiB");

        GC.Collect();
        var rssBefore = Report.ResidentMiB();
        using var knowledge = new BenchKnowledge(scratch.Path, embedder);
        var load = Stopwatch.StartNew();
        var index = knowledge.Get<SearchIndexCache>().Current;
        var loadMs = load.Elapsed.TotalMilliseconds;
        var heapMiB = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024);
        var rss = Report.ResidentMiB();

        var questions = EvalQuestion.Load(Repo.SampleQuestions).Select(q => q.Question).ToArray();
        var search = knowledge.Get<IKnowledgeBase>();
        var hybrid = Timing.Measure(questions.Length * 3, i => search.Search(questions[i % questions.Length], 5));
        var analysed = questions.Select(q => analysis.AnalyzeQuery(q, index.Translations)).ToArray();
        var keyword = Timing.Measure(questions.Length * 10, i => index.Keyword.Search(analysed[i % analysed.Length], 40, null));
        var queryVectors = embedder.EmbedQueries(questions);
        var dense = Timing.Measure(questions.Length * 3, i => index.Vectors.Search(queryVectors[i % queryVectors.Length], 40));
        var embed = Timing.Measure(questions.Length * 3, i => embedder.EmbedQueries([questions[i % questions.Length]]));
        // Hybrid search reads its candidates (up to 2 × 40) from LiteDB by id before fusing.
        var store = knowledge.Get<KnowledgeStore>();
        var random = new Random(9);
        var fetch = Timing.Measure(60, _ => store.GetChunks(Enumerable.Range(0, 80).Select(_ => random.Next(1, Documents * ChunksPerDocument)).ToList()));

        Console.WriteLine($"  index load {Report.Ms(loadMs)}; hybrid {hybrid}; keyword {keyword}; dense scan {dense}; query embedding {embed}; 80 chunks by id {fetch}");
        const string synthetic = "100k synthetic chunks, random unit vectors (not embedded)";
        Report.Row("search", "hybrid search p50 / p95 (incl. MiniLM query embedding)", $"{Report.Ms(hybrid.P50)} / {Report.Ms(hybrid.P95)}", "", synthetic);
        Report.Row("search", "keyword only (Bm25Index.Search) p50", Report.Ms(keyword.P50), "", "pre-analysed sample questions, top 40");
        Report.Row("search", "dense scan only (VectorIndex.Search) p50", Report.Ms(dense.P50), "", "384-d exact scan, top 40");
        Report.Row("search", "query embedding (MiniLM) p50", Report.Ms(embed.P50), "", "");
        Report.Row("search", "80 candidate chunks read from LiteDB by id p50", Report.Ms(fetch.P50), "", "KnowledgeStore.GetChunks, shared connection");
        Report.Row("search", "index load from LiteDB (SearchIndexCache first access)", Report.Ms(loadMs), "", "");
        Report.Row("search", "process RSS after loading", $"{rss:F0} MiB", "", $"+{rss - rssBefore:F0} MiB for the index; managed heap {heapMiB:F0} MiB; MiniLM session included");
        await Task.CompletedTask;
    }

    private static void BuildStore(string dataDirectory, TextAnalysis analysis, string modelName)
    {
        var words = Repo.ManualWords();
        var random = new Random(1);
        using var database = new KnowledgeDatabase(dataDirectory);
        var store = new KnowledgeStore(database);
        for (var d = 0; d < Documents; d++)
        {
            var chunks = new List<ChunkRecord>(ChunksPerDocument);
            var vectors = new List<(byte[] Text, byte[] Heading)>(ChunksPerDocument);
            string[] section = [];
            byte[] heading = [];
            for (var c = 0; c < ChunksPerDocument; c++)
            {
                // Three chunks per section, as in real manuals; each section has one heading vector.
                if (c % ChunksPerSection == 0)
                {
                    section = [$"{c / 20 + 1} {Text(words, random, 2)}", $"{c / 20 + 1}.{c % 20 + 1} {Text(words, random, 3)}"];
                    heading = VectorPacking.Pack(RandomUnitVector(random));
                }
                var text = Text(words, random, WordsPerChunk);
                var language = LanguageDetector.Detect(text);
                chunks.Add(new ChunkRecord
                {
                    Collection = "default", Ordinal = c, Section = section, Page = c / 4 + 1, Text = text, Language = language,
                    Terms = analysis.IndexTerms($"Manual {d}\n{string.Join('\n', section)}\n{text}", language),
                });
                vectors.Add((VectorPacking.Pack(RandomUnitVector(random)), heading));
            }
            var document = new DocumentRecord
            {
                Name = $"manual-{d:D3}.pdf", Collection = "default", Sha256 = $"{d:x64}", Format = "pdf", Title = $"Manual {d}",
                SourcePath = "synthetic", IngestedAtUtc = DateTime.UtcNow,
            };
            store.ReplaceDocument(document, chunks, vectors, modelName);
        }
    }

    private static string Text(IReadOnlyList<string> words, Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Count)]));

    private static float[] RandomUnitVector(Random random)
    {
        var vector = new float[384];
        for (var i = 0; i < vector.Length; i++)
            vector[i] = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        return [.. vector.Select(x => x / norm)];
    }
}
