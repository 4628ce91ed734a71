using Edge.Knowledge.Answering;
using Edge.Knowledge.Tests.KnowledgeBase;
using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.Answers;

/// <summary>Each collection's decline line, calibrated from the collection itself and kept in the knowledge base.</summary>
[Collection(KnowledgeBaseCollection.Name)]
public sealed class DeclineCalibrationTests(MiniLmEmbedder embedder) : IDisposable
{
    private const string Lathe = """
        # Lathe L-20 operating manual

        ## 3 Chuck

        Clamp the workpiece in the three-jaw chuck and tighten each jaw with the chuck key to 40 Nm.

        ## 4 Tailstock

        Support long workpieces with the tailstock centre; lock the tailstock quill before turning.
        """;

    private const string Printer = """
        # Label printer LP-4 manual

        ## 2 Ribbon

        Thread the thermal ribbon under the print head and close the head until it clicks.
        """;

    private readonly TempDirectory files = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void OffTopicBank_HasAtLeast150QuestionsInBothLanguages()
    {
        var bank = CalibrationQuestions.OffTopic;
        Assert.True(bank.Count >= 150, $"{bank.Count} questions");
        Assert.True(bank.Count(q => q.Language == "de") >= 75);
        Assert.True(bank.Count(q => q.Language == "en") >= 75);
        Assert.All(bank, q => Assert.Contains(q.Language, new[] { "de", "en" }));
    }

    [Fact]
    public void NearMisses_AskOnlyAboutTopicsTheManualsLack()
    {
        var questions = CalibrationQuestions.For((english, _) => english != "timing belt");

        Assert.DoesNotContain(questions, q => q.Text.Contains("timing belt", StringComparison.Ordinal) || q.Text.Contains("Zahnriemen", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Language == "en" && q.Text.Contains("ball screw", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Language == "de" && q.Text.Contains("Kugelgewindetrieb", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.40, 0.50, 0.65)]  // 0.40 + 2.5 × 0.10
    [InlineData(0.30, 0.32, 0.45)]  // below the floor
    [InlineData(0.60, 0.80, 0.725)] // above the ceiling
    public void Line_IsSpreadsAboveTheMedian_WithinFloorAndCeiling(double median, double p90, double line) =>
        Assert.Equal(line, new OffTopicRelevance(median, p90).Line(new RelevanceOptions()), 6);

    [Fact]
    public async Task Ingest_CalibratesTheCollection_StatusShowsIt_AndAnotherProcessReadsItBack()
    {
        var data = files.File("data");
        using (var services = KnowledgeServices.Create(embedder, dataDirectory: data))
        {
            Assert.Empty(services.Knowledge.GetStatus().DeclineLines!);
            services.Knowledge.Ingest([Write("lathe.md", Lathe)], "lathe", cancellationToken: Ct);

            var line = Assert.Single(services.Knowledge.GetStatus().DeclineLines!);
            Assert.Equal("lathe", line.Collection);
            Assert.InRange(line.English, 0.45, 0.725);
            Assert.InRange(line.German, 0.45, 0.725);
            Assert.StartsWith("calibrated ", line.Source, StringComparison.Ordinal);
        }

        using var again = KnowledgeServices.Create(embedder, dataDirectory: data);
        var first = Assert.Single(again.Knowledge.GetStatus().DeclineLines!);
        var answer = await again.Assistant.AskAsync(new Question("How tight do I clamp the chuck jaws?", "lathe"), cancellationToken: Ct);
        Assert.True(answer.Grounded, answer.Text);
        // The stored calibration was used, not measured again.
        Assert.Equal(first, Assert.Single(again.Knowledge.GetStatus().DeclineLines!));
    }

    [Fact]
    public void CollectionThatChanges_IsCalibratedAgain_OthersKeepTheirs()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero));
        using var services = KnowledgeServices.Create(embedder, time: time);
        services.Knowledge.Ingest([Write("lathe.md", Lathe)], "lathe", cancellationToken: Ct);
        services.Knowledge.Ingest([Write("printer.md", Printer)], "printer", cancellationToken: Ct);
        var before = services.Knowledge.GetStatus().DeclineLines!.ToDictionary(l => l.Collection);
        time.Advance(TimeSpan.FromHours(1));

        services.Knowledge.Ingest([Write("printer-2.md", Printer.Replace("LP-4", "LP-5", StringComparison.Ordinal) + "\n## 3 Labels\n\nLoad the label roll with the labels facing out.\n")], "printer", cancellationToken: Ct);
        var after = services.Knowledge.GetStatus().DeclineLines!.ToDictionary(l => l.Collection);

        Assert.Equal(before["lathe"], after["lathe"]);
        Assert.Equal(before["printer"].CalibratedAtUtc!.Value.AddHours(1), after["printer"].CalibratedAtUtc);
    }

    [Fact]
    public async Task OffTopicQuestion_IsDeclined_WithTheClosestPlacesAsPointers()
    {
        using var services = KnowledgeServices.Create(embedder);
        services.Knowledge.Ingest([Write("lathe.md", Lathe)], "lathe", cancellationToken: Ct);

        var answer = await services.Assistant.AskAsync(new Question("Which paint colour do the forklifts get this year?", "lathe"), cancellationToken: Ct);

        Assert.False(answer.Grounded, answer.Text);
        Assert.Empty(answer.Citations);
        Assert.InRange(answer.Related.Count, 1, 3);
        Assert.StartsWith("I am not sure the manuals cover that; the closest is ", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("2", false)]
    public async Task ConfiguredLine_ReplacesTheCalibration(string line, bool grounded)
    {
        using var services = KnowledgeServices.Create(embedder, new Dictionary<string, string?> { ["Relevance:DeclineBelow"] = line });
        services.Knowledge.Ingest([Write("lathe.md", Lathe)], "lathe", cancellationToken: Ct);

        var answer = await services.Assistant.AskAsync(new Question("How do I lock the tailstock quill?", "lathe"), cancellationToken: Ct);

        Assert.Equal(grounded, answer.Grounded);
        var status = Assert.Single(services.Knowledge.GetStatus().DeclineLines!);
        Assert.StartsWith("configured", status.Source, StringComparison.Ordinal);
        Assert.Equal(double.Parse(line, System.Globalization.CultureInfo.InvariantCulture), status.English);
    }

    private string Write(string name, string text)
    {
        var path = files.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => files.Dispose();
}
