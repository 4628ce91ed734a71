using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Retrieval;

public sealed class GermanAnalysisTests
{
    private static string[] Index(string text) => SharedAnalysis.Default.IndexTerms(text, "de");

    [Theory]
    [InlineData("Kühlmittel")]
    [InlineData("Kuehlmittel")]
    [InlineData("Kuhlmittel")]
    [InlineData("KÜHLMITTEL")]
    public void IndexTerms_UmlautSpellings_MeetInOneTerm(string spelling) => Assert.Equal(Index("Kühlmittel"), Index(spelling));

    [Fact]
    public void IndexTerms_Compound_KeepsCompoundAndParts()
    {
        var terms = Index("Kühlmittelpumpe");
        Assert.Equal(["kuhlmittelpump", "kuhlmittel", "pump"], terms);
    }

    [Theory]
    [InlineData("Spindellager", "spindel", "lag")]
    [InlineData("Antriebswelle", "antrieb", "well")]
    [InlineData("Ölpumpe", "ol", "pump")]
    [InlineData("Endschalter", "end", "schalt")]
    public void IndexTerms_CompoundWithLinkingOrShortParts_Splits(string word, string first, string second)
    {
        var terms = Index(word);
        Assert.Contains(first, terms);
        Assert.Contains(second, terms);
    }

    [Theory]
    [InlineData("Montage")]
    [InlineData("Lagerung")]
    [InlineData("Reinigungsmittel")]
    public void IndexTerms_WordThatOnlyContainsDictionaryWords_IsNotSplit(string word) => Assert.Single(Index(word));

    [Fact]
    public void IndexTerms_HyphenatedCompound_JoinsAndKeepsPieces()
    {
        var terms = Index("CNC-Maschine");
        Assert.Contains("cncmaschin", terms);
        Assert.Contains("cnc", terms);
        Assert.Contains("maschin", terms);
    }

    [Fact]
    public void IndexTerms_StopWordsWithAndWithoutUmlaut_AreDropped() =>
        Assert.Equal(["pump", "kuhlmittel"], Index("Pumpe für das Kühlmittel"));

    [Fact]
    public void Query_Kuehlmittelpumpe_FindsPumpeFuerKuehlmittel()
    {
        var corpus = new KeywordCorpus()
            .Add(1, "Die Pumpe für Kühlmittel sitzt links am Tank.", "de")
            .Add(2, "Die Hydraulikpumpe sitzt rechts.", "de")
            .Add(3, "Kühlmittel regelmäßig wechseln.", "de");
        Assert.Equal(1, corpus.Search("Wo ist die Kühlmittelpumpe?")[0]);
    }

    [Fact]
    public void Query_PumpeFuerKuehlmittel_FindsKuehlmittelpumpe()
    {
        var corpus = new KeywordCorpus()
            .Add(1, "Kühlmittelpumpe austauschen: Schläuche lösen, Pumpe abschrauben.", "de")
            .Add(2, "Hydraulikpumpe prüfen.", "de")
            .Add(3, "Spindel schmieren.", "de");
        Assert.Equal(1, corpus.Search("Pumpe für Kuehlmittel tauschen")[0]);
    }

    [Fact]
    public void AddVocabulary_PlantWord_DecomposesCompoundsWithIt()
    {
        var analysis = TextAnalysis.CreateDefault();
        Assert.DoesNotContain("zwickmodul", analysis.IndexTerms("Zwickmodulhalter", "de"));

        analysis.AddVocabulary(["Zwickmodul"]);

        var terms = analysis.IndexTerms("Zwickmodulhalter", "de");
        Assert.Contains("zwickmodul", terms);
        Assert.Contains("halt", terms);
    }
}
