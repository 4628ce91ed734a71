using Edge.Knowledge.Answering.Extractive;
using Edge.Knowledge.Tests.Retrieval;

namespace Edge.Knowledge.Tests.Answers;

/// <summary>What an extractive answer may read out, unit by unit.</summary>
public sealed class AnswerReadabilityTests
{
    private static List<AnswerUnit> Units(string text) => UnitSplitter.Split(text);

    private static List<string> Readable(string text, bool setting = false) =>
        [.. AnswerReadability.Readable(Units(text), _ => setting).Select(u => u.Text)];

    [Fact]
    public void CommentLines_AreNeverRead()
    {
        var text = Readable("### Endstop section ###\n# set the pin below\nThe endstop pin is set in the stepper section.");

        Assert.Equal(["The endstop pin is set in the stepper section."], text);
    }

    [Fact]
    public void ConfigurationLines_AreReadOnlyWhenASettingIsAskedFor_WithoutTheirComment()
    {
        const string Section = "Set the sensitivity in the driver section.\ndriver_SGTHRS: 255 # 255 is most sensitive\n[stepper_x]";

        Assert.Equal(["Set the sensitivity in the driver section."], Readable(Section));
        Assert.Equal(["Set the sensitivity in the driver section.", "driver_SGTHRS: 255", "[stepper_x]"], Readable(Section, setting: true));
    }

    [Fact]
    public void SentenceBrokenOverTwoLines_IsJoined_AndAPieceWithoutItsStartIsLeftOut()
    {
        var text = Readable("continues from the previous page and is not whole.\nOpen the guard door and remove the\nchips from the table with the brush.");

        Assert.Equal(["Open the guard door and remove the chips from the table with the brush."], text);
    }

    [Fact]
    public void CommandLinesAndLabelsWithoutAFullStop_AreKept()
    {
        var text = Readable("Save the results with:\nSAVE_CONFIG\nYellow Violet Red Gold: 4 7 x100 ±5% = 4700 Ohm, 5% tolerance");

        Assert.Equal(["Save the results with:", "SAVE_CONFIG", "Yellow Violet Red Gold: 4 7 x100 ±5% = 4700 Ohm, 5% tolerance"], text);
    }

    [Fact]
    public void IntroductionWhoseContentIsNotChosen_AndHeaderRowAlone_AreDropped()
    {
        var units = Units("Here is the display after the change:\nCode | Alarm | Remedy\nE-10 | Low air | Check the regulator\nThe display shows the new value.");
        var chosen = new List<AnswerUnit> { units[0], units[1], units[3] };

        AnswerReadability.DropDangling(units, chosen);

        Assert.Equal(["The display shows the new value."], chosen.Select(u => u.Text));
    }

    [Fact]
    public void HeaderRowWithAChosenRow_IsKept()
    {
        var units = Units("Code | Alarm | Remedy\nE-10 | Low air | Check the regulator");
        var chosen = new List<AnswerUnit>(units);

        AnswerReadability.DropDangling(units, chosen);

        Assert.Equal(2, chosen.Count);
    }

    [Theory]
    [InlineData("Which parameter limits the spindle speed?", true)]
    [InlineData("Wo stelle ich den Pressdruck ein?", true)]
    [InlineData("What must homing_retract_dist be?", true)]
    [InlineData("The carriage keeps going into the end, why?", false)]
    public void AsksForSetting_ByWordsOrAConfigurationKey(string question, bool asks) =>
        Assert.Equal(asks, AnswerReadability.AsksForSetting(question, SharedAnalysis.Default.AnalyzeQuery(question)));
}
