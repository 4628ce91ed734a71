using Edge.Knowledge.Answering;
using Edge.Knowledge.Tests.KnowledgeBase;
using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.Answers;

/// <summary>How the extractive answer is put together from the sections search finds.</summary>
[Collection(KnowledgeBaseCollection.Name)]
public sealed class ExtractiveCompositionTests(MiniLmEmbedder embedder) : IDisposable
{
    private const string Manual = """
        # Conveyor C-12 service manual

        ## Belt replacement

        WARNING — Crushing hazard. Lock out the drive before you open the guard.

        1. Switch off the conveyor and lock the main switch.
        2. Release the belt tensioner by turning the tension screw counter-clockwise.
        3. Pull the old belt off the rollers.
        4. Fit the new belt with the arrow pointing in the running direction.
        5. Tighten the tension screw until the belt deflects 10 mm under a 20 N load.

        ## Belt tracking

        A belt that runs to one side is tracked with the adjusting screws of the tail roller.
        Turn the screw on the side the belt runs towards by a quarter turn and watch the belt for two minutes.
        Repeat until the belt runs in the middle of the rollers.

        ## Drive motor

        The drive motor is a 0.75 kW geared motor with a brake.
        The brake air gap is 0.3 mm and is checked every 2000 hours with a feeler gauge.

        ## Fault codes

        | Code | Fault | What to check first |
        |---|---|---|
        | F-311 | Belt slip detected | Belt tension and the drive roller lagging |
        | F-312 | Drive motor overload | Brake air gap and a jammed product on the belt |
        | F-313 | Emergency stop pulled | Pull cords along the conveyor |
        """;

    private readonly OneManualKnowledge knowledge = new(embedder, "c12.md", Manual);

    public void Dispose() => knowledge.Dispose();

    private Task<Answer> Ask(string question) => knowledge.AskAsync(question);

    [Fact]
    public async Task Ask_Procedure_ReadsEveryStepInOrderWithTheSectionsWarning()
    {
        var answer = await Ask("How do I replace the conveyor belt?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.StartsWith("Belt replacement", answer.Citations[0].Section.Split(" › ")[^1], StringComparison.Ordinal);
        var positions = Enumerable.Range(1, 5).Select(step => answer.Text.IndexOf($"{step}. ", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, answer.Text));
        Assert.Equal(positions.Order(), positions);
        Assert.True(answer.Text.IndexOf("WARNING", StringComparison.Ordinal) < positions[0], "the warning comes before the steps");
    }

    [Fact]
    public async Task Ask_Lookup_ReadsTheSentenceWithTheValueNotTheWholeSection()
    {
        var answer = await Ask("What is the brake air gap of the drive motor?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("0.3 mm", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lock out the drive", answer.Text, StringComparison.Ordinal);
        Assert.Equal("c12.md", answer.Citations[0].Document);
        Assert.Null(answer.Citations[0].Page);
    }

    [Fact]
    public async Task Ask_GermanQuestion_FramesTheEnglishPassageInGerman()
    {
        var answer = await Ask("Wie groß ist der Luftspalt der Bremse am Antriebsmotor?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Equal("de", answer.Language);
        Assert.StartsWith("Laut ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("0.3 mm", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_AboutACodeInATable_ReadsThatRowWithTheHeaderNotItsNeighbours()
    {
        var answer = await Ask("Conveyor shows fault F-312, what do I check first?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("F-312 | Drive motor overload | Brake air gap and a jammed product on the belt", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Code | Fault | What to check first", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("F-311", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("F-313", answer.Text, StringComparison.Ordinal);
    }
}
