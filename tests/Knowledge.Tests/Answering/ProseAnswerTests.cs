using Edge.Knowledge.Answering;
using Edge.Knowledge.Tests.KnowledgeBase;
using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.Answers;

/// <summary>Answers from manuals that write procedures as running text instead of numbered steps.</summary>
[Collection(KnowledgeBaseCollection.Name)]
public sealed class ProseAnswerTests(MiniLmEmbedder embedder) : IDisposable
{
    private const string Manual = """
        # Laser cutter LC-3 operator notes

        ## Focus calibration

        An accurate focus height is critical to clean cuts on thin sheet. The focus height is the
        distance between the nozzle tip and the sheet surface when the capacitive sensor reads zero.
        The FOCUS_PROBE tool measures it automatically and compares it with the stored value.

        Start by loading a flat test sheet and moving the head to the centre of the bed. Open the
        operator console and run the FOCUS_PROBE command to start the tool.

        The tool lowers the head until the sensor triggers and then lifts it again. If the head does
        not stop above the sheet, press the red stop button and check the sensor cable.

        Once the probe has finished, accept the proposed height and store it in the machine settings with:

        STORE_SETTINGS

        ## Nozzle cleaning brushes

        Brass brushes clean the nozzle without scratching it. Steel brushes damage the copper tip
        within a few cycles. Bent bristles leave marks, so swap it every 500 hours.

        ## Wiper pad

        The wiper pad sits at the rear left corner of the bed, next to the parking position of the head.
        The head wipes its nozzle over the pad each time it travels to the parking position after a job.
        The pad is held by a spring clip so that it presses evenly against the nozzle tip while wiping.
        Keep the pad free of slag and dross, and check the spring clip for cracks when the pad is changed.
        A felt insert in the pad collects the spatter; it is pushed out from below with a screwdriver.
        Spare pads are kept in the drawer of the operator console together with spare spring clips.
        A worn pad leaves a ring of dross on the nozzle tip that disturbs the capacitive height sensor.
        Expect about 3000 jobs before it wears out.

        ## Height sensor commands

        The following commands are available when the capacitive height sensor is installed.

        ### HEIGHT_SENSOR_ZERO

        HEIGHT_SENSOR_ZERO clears a height sensor that reads zero on every sheet after a collision.
        It takes about ten seconds and needs no sheet on the bed.
        """;

    private readonly OneManualKnowledge knowledge = new(embedder, "lc3.md", Manual);

    public void Dispose() => knowledge.Dispose();

    private Task<Answer> Ask(string question) => knowledge.AskAsync(question);

    [Fact]
    public async Task Ask_ProseProcedure_ReadsTheInstructionsInOrderUpToTheFinalCommand()
    {
        var answer = await Ask("How do I calibrate the focus height?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Equal("Focus calibration", answer.Citations[0].Section.Split(" › ")[^1]);
        var start = answer.Text.IndexOf("Start by loading", StringComparison.Ordinal);
        var run = answer.Text.IndexOf("run the FOCUS_PROBE command", StringComparison.Ordinal);
        var store = answer.Text.IndexOf("STORE_SETTINGS", StringComparison.Ordinal);
        Assert.True(start >= 0 && run > start && store > run, answer.Text);
    }

    [Fact]
    public async Task Ask_SentenceEndingInAColon_KeepsTheCommandItIntroduces()
    {
        var answer = await Ask("Where do I store the accepted focus height?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("store it in the machine settings with: STORE_SETTINGS", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_HowMany_ReadsTheSentenceWithTheNumber()
    {
        var answer = await Ask("How many times can I use the wiper pad?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("3000 jobs", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_BestSectionIsAStub_AnswersFromTheNextSectionAndCitesItFirst()
    {
        var answer = await Ask("Which command is available for the capacitive height sensor when it reads zero?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("clears a height sensor that reads zero", answer.Text, StringComparison.Ordinal);
        Assert.Equal("HEIGHT_SENSOR_ZERO", answer.Citations[0].Section.Split(" › ")[^1]);
    }

    [Fact]
    public async Task Ask_ShortSection_IsReadWholeIncludingTheSentenceThatSharesNoWordWithTheQuestion()
    {
        var answer = await Ask("Which brush should I use on the nozzle?");

        Assert.True(answer.Grounded, answer.Text);
        Assert.Contains("Brass brushes clean the nozzle", answer.Text, StringComparison.Ordinal);
        Assert.Contains("swap it every 500 hours", answer.Text, StringComparison.Ordinal);
    }
}

/// <summary>Questions that ask for a number and the sentences that state one.</summary>
public sealed class QuantityTests
{
    [Theory]
    [InlineData("How many times do I home before saving?", true)]
    [InlineData("how long does the warm-up take", true)]
    [InlineData("Wie viele Zyklen hält die Bürste?", true)]
    [InlineData("Welcher Druck ist eingestellt?", true)]
    [InlineData("How do I replace the brush?", false)]
    [InlineData("Was bedeutet Alarm 2041?", false)]
    public void IsAskedFor_RecognisesQuestionsForANumber(string question, bool expected) =>
        Assert.Equal(expected, Edge.Knowledge.Answering.Extractive.Quantities.IsAskedFor(question));

    [Theory]
    [InlineData("Run at least five G28 commands.", true)]
    [InlineData("The brake air gap is 0.3 mm.", true)]
    [InlineData("Den Vorgang zweimal wiederholen.", true)]
    [InlineData("Then run G28 and ENDSTOP_PHASE_CALIBRATE STEPPER=stepper_z.", false)]
    [InlineData("Check the belt tension.", false)]
    public void HasQuantity_CountsNumbersButNotTheDigitsOfCodes(string text, bool expected) =>
        Assert.Equal(expected, Edge.Knowledge.Answering.Extractive.Quantities.HasQuantity(text));
}
