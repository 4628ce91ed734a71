using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Retrieval;

public sealed class CodeTermTests
{
    private static string[] Index(string text, string language = "en") => SharedAnalysis.Default.IndexTerms(text, language);

    [Theory]
    [InlineData("Alarm E-2041: spindle drive fault")]
    [InlineData("Alarm E2041: spindle drive fault")]
    public void IndexTerms_AlarmCode_KeepsCodeAndBareNumber(string text)
    {
        var terms = Index(text);
        Assert.Contains("e2041", terms);
        Assert.Contains("2041", terms);
    }

    [Fact]
    public void IndexTerms_ModelName_IsAlsoFoundByItsLetters()
    {
        var manual = Index("Kessler VMC-850 vertical machining centre");
        var question = Index("air pressure alarm on the VMC");

        Assert.Contains("vmc850", manual);
        Assert.Contains("vmc", manual);
        Assert.Contains("vmc", question);
    }

    [Fact]
    public void IndexTerms_SingleLetterAlarmPrefix_AddsNoWord() =>
        Assert.DoesNotContain("e", Index("Alarm E-2041"));

    [Fact]
    public void IndexTerms_GCodeWithDecimal_IsOneTerm()
    {
        var terms = Index("Run G28.1 to store the reference position, then G28.");
        Assert.Contains("g28.1", terms);
        Assert.Contains("g28", terms);
        Assert.DoesNotContain("1", terms);
        Assert.DoesNotContain("28", terms);
    }

    [Theory]
    [InlineData("Set HOME_SEARCH_VEL to 20", "home_search_vel")]
    [InlineData("rotation_distance: 40", "rotation_distance")]
    [InlineData("[stepper_x] section", "stepper_x")]
    [InlineData("Send QUERY_ENDSTOPS in the console", "query_endstops")]
    [InlineData("Run PID_CALIBRATE HEATER=extruder TARGET=210", "pid_calibrate")]
    [InlineData("Wait for M190 S60", "m190")]
    [InlineData("Register value 0x1F means stall", "0x1f")]
    public void IndexTerms_Identifier_IsKeptUnstemmed(string text, string code) => Assert.Contains(code, Index(text));

    [Fact]
    public void IndexTerms_ErrorFlag_KeepsWholeFlagAndAssignmentAndWords()
    {
        var terms = Index("TMC 'stepper_x' reports error: DRV_STATUS: 00000000 ot=1(OvertempError!)");
        Assert.Contains("ot=1(overtemperror!)", terms);
        Assert.Contains("ot=1", terms);
        Assert.Contains("overtemperror", terms);
        Assert.Contains("drv_status", terms);
    }

    [Fact]
    public void IndexTerms_Identifier_AlsoIndexesItsWords()
    {
        var terms = Index("rotation_distance");
        Assert.Contains("rotat", terms);
        Assert.Contains("distanc", terms);
    }

    [Fact]
    public void AnalyzeQuery_Codes_OutweighWords()
    {
        var query = SharedAnalysis.Default.AnalyzeQuery("What does E-2041 mean on the spindle?");
        var weights = query.Terms.ToDictionary(term => term.Term, term => term.Weight);
        Assert.Equal(TextAnalysis.CodeWeight, weights["e2041"]);
        Assert.Equal(TextAnalysis.DerivedCodeWeight, weights["2041"]);
        Assert.True(weights["e2041"] > weights["spindl"]);
    }

    [Fact]
    public void Query_BareNumber_FindsPrefixedAlarm()
    {
        var corpus = new KeywordCorpus()
            .Add(1, "Alarm E-2041: spindle drive overtemperature. Check the fan.")
            .Add(2, "Alarm E-2040: spindle drive undervoltage.")
            .Add(3, "The spindle runs at 2000 rpm.");
        Assert.Equal(1, corpus.Search("Spindle alarm 2041, what do I check first?")[0]);
    }

    [Fact]
    public void Query_PrefixedAlarm_FindsBareNumber()
    {
        var corpus = new KeywordCorpus()
            .Add(1, "Fault list: 2041 spindle drive overtemperature.")
            .Add(2, "Fault list: 2040 spindle drive undervoltage.");
        Assert.Equal([1], corpus.Search("E-2041"));
    }

    [Fact]
    public void Query_GCode_PrefersExactDecimalCode()
    {
        var corpus = new KeywordCorpus()
            .Add(1, "G28 returns all axes to the reference point.")
            .Add(2, "G28.1 stores the current position as secondary reference point.")
            .Add(3, "Step 1: close the door.");
        Assert.Equal(2, corpus.Search("What does G28.1 do?")[0]);
    }

    [Fact]
    public void Query_ParameterName_RanksChunkWithParameterFirst()
    {
        var corpus = new KeywordCorpus()
            .Add(1, "The homing speed depends on the search velocity of the axis and the home switch.")
            .Add(2, "HOME_SEARCH_VEL sets the search velocity while homing.")
            .Add(3, "Search the manual for the velocity table.");
        Assert.Equal(2, corpus.Search("HOME_SEARCH_VEL")[0]);
        Assert.Equal(2, corpus.Search("what is home_search_vel")[0]);
    }
}
