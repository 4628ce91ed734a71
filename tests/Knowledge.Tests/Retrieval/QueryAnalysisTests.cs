using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Retrieval;

public sealed class QueryAnalysisTests
{
    [Fact]
    public void AnalyzeQuery_QuotedErrorMessages_BecomeNormalisedPhrases()
    {
        var query = SharedAnalysis.Default.AnalyzeQuery(
            "Klipper says \"Unable to  read TMC UART\" and “MCU  shutdown”, also 'Timer too close' — what now?");
        Assert.Equal(["unable to read tmc uart", "mcu shutdown", "timer too close"], query.Phrases);
    }

    [Fact]
    public void AnalyzeQuery_GermanQuotes_BecomePhrases() =>
        Assert.Equal(["achse nicht referenziert"], SharedAnalysis.Default.AnalyzeQuery("Was heißt „Achse nicht referenziert“?").Phrases);

    [Fact]
    public void AnalyzeQuery_Apostrophes_AreNotPhrases() =>
        Assert.Empty(SharedAnalysis.Default.AnalyzeQuery("The printer's fan doesn't start").Phrases);

    [Fact]
    public void NormalizeForPhrase_ChunkText_MatchesQueryPhrase()
    {
        var chunk = TextAnalysis.NormalizeForPhrase("Error:\n  Unable to read\ttmc uart 'stepper_x' register IFCNT");
        var phrase = SharedAnalysis.Default.AnalyzeQuery("\"unable to read TMC uart\"").Phrases[0];
        Assert.Contains(phrase, chunk, StringComparison.Ordinal);
    }

    [Fact]
    public void NormalizeForPhrase_LigaturesAndTypographicDashes_AreFolded() =>
        Assert.Equal("filament - \"runout\"", TextAnalysis.NormalizeForPhrase("Filament – “runout”"));

    [Fact]
    public void AnalyzeQuery_GermanQuestion_AddsEnglishGlossaryTerms()
    {
        var query = SharedAnalysis.Default.AnalyzeQuery("Wie mache ich die Referenzfahrt der Spindel?");
        var weights = query.Terms.ToDictionary(term => term.Term, term => term.Weight);
        Assert.Equal("de", query.Language);
        Assert.Equal(1f, weights["referenzfahrt"]);
        Assert.Equal(TextAnalysis.GlossaryWeight, weights["home"]);
        Assert.Equal(TextAnalysis.GlossaryWeight, weights["spindl"]);
        Assert.DoesNotContain("die", weights.Keys);
    }

    [Fact]
    public void AnalyzeQuery_EnglishQuestion_AddsGermanGlossaryTerms()
    {
        var weights = SharedAnalysis.Default.AnalyzeQuery("How do I replace the coolant pump?").Terms.ToDictionary(t => t.Term, t => t.Weight);
        Assert.Equal(1f, weights["coolant"]);
        Assert.Equal(TextAnalysis.GlossaryWeight, weights["kuhlmittel"]);
        Assert.Equal(TextAnalysis.GlossaryWeight, weights["kuhlmittelpump"]);
    }

    [Fact]
    public void AnalyzeQuery_GermanCompound_TranslatesItsParts()
    {
        var terms = SharedAnalysis.Default.AnalyzeQuery("Spindelmotor wird heiß").Terms.Select(t => t.Term).ToList();
        Assert.Contains("spindl", terms);
        Assert.Contains("motor", terms);
        Assert.Contains("hot", terms);
    }

    [Fact]
    public void AnalyzeQuery_MultiWordEnglishEntry_MapsToGermanCompound()
    {
        var terms = SharedAnalysis.Default.AnalyzeQuery("limit switch triggers too early").Terms.Select(t => t.Term).ToList();
        Assert.Contains("endschalt", terms);
    }

    [Fact]
    public void AnalyzeQuery_EnglishStopWordsOfMultiWordSynonym_DoNotMakeKeys()
    {
        // "switch on" must not turn every "switch" into "einschalten".
        var terms = SharedAnalysis.Default.AnalyzeQuery("switch").Terms.Select(t => t.Term).ToList();
        Assert.DoesNotContain("einschalt", terms);
    }

    [Fact]
    public void Query_GermanQuestion_FindsEnglishChunkThroughGlossary()
    {
        var corpus = new KeywordCorpus()
            .Add(1, "Homing the spindle: press HOME on the panel; the spindle moves to its reference position.", "en")
            .Add(2, "Replacing the coolant filter: drain the tank first.", "en")
            .Add(3, "Spindle speed is limited to 12000 rpm.", "en");
        Assert.Equal(1, corpus.Search("Wie mache ich die Referenzfahrt der Spindel?")[0]);
    }

    [Fact]
    public void Query_EnglishQuestion_FindsGermanChunkThroughGlossary()
    {
        var corpus = new KeywordCorpus()
            .Add(1, "Kühlmittelpumpe austauschen: Anschlüsse lösen und Pumpe herausziehen.", "de")
            .Add(2, "Spindel schmieren: alle 500 Betriebsstunden.", "de");
        Assert.Equal(1, corpus.Search("How do I replace the coolant pump?")[0]);
    }

    [Fact]
    public void Query_EnglishJargonInGermanQuestion_FindsEnglishChunk()
    {
        var corpus = new KeywordCorpus()
            .Add(1, "Input shaping reduces ringing; run the resonance test first.", "en")
            .Add(2, "Pressure advance compensates for filament compression.", "en");
        Assert.Equal(1, corpus.Search("Wie stelle ich Input Shaping ein?")[0]);
    }

    [Theory]
    [InlineData("Wie mache ich die Referenzfahrt der Spindel?", "homing spindle")]
    [InlineData("Spindellager wird heiß", "spindle bearing hot")]
    [InlineData("Alarm E-2041 an der Kühlmittelpumpe", "alarm E-2041 coolant pump")]
    [InlineData("Endschalter der X-Achse prüfen", "endstop x axis check")]
    public void GlossToEnglish_GermanQuestion_TranslatesWordByWord(string german, string english) =>
        Assert.Equal(english, SharedAnalysis.Default.GlossToEnglish(german));

    [Fact]
    public void GlossToEnglish_EnglishQuestion_IsUnchanged() =>
        Assert.Equal("How do I home the spindle?", SharedAnalysis.Default.GlossToEnglish("How do I home the spindle?"));
}
