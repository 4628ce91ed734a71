using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Retrieval;

/// <summary>German questions as technicians say them: verbs in spoken forms, prefixes at the end of the clause.</summary>
public sealed class SpokenGermanTests
{
    [Theory]
    [InlineData("gemessen", "messen")]
    [InlineData("geprüft", "prüfen")]
    [InlineData("eingestellt", "einstellen")]
    [InlineData("festgeschraubt", "festschrauben")]
    [InlineData("wechsle", "wechseln")]
    [InlineData("wartet", "warten")]
    [InlineData("brech", "brechen")]
    public void Infinitives_SpokenForm_IncludeItsInfinitive(string form, string infinitive) =>
        Assert.Contains(infinitive, GermanVerbForms.Infinitives(form, []));

    [Fact]
    public void Infinitives_WithDetachedPrefix_JoinThePrefixToTheVerb() =>
        Assert.Contains("abbrechen", GermanVerbForms.Infinitives("brech", GermanVerbForms.DetachedPrefixes("Wie brech ich das ab?")));

    [Theory]
    [InlineData("Wie stelle ich die Spannung ein?", "ein")]
    [InlineData("Wie brech ich das ab, ohne zu warten?", "ab")]
    public void DetachedPrefixes_AtTheEndOfAClause_AreFound(string question, string prefix) =>
        Assert.Equal([prefix], GermanVerbForms.DetachedPrefixes(question));

    [Fact]
    public void DetachedPrefixes_PrefixInsideTheClause_IsNotOne() =>
        Assert.Empty(GermanVerbForms.DetachedPrefixes("Was zeigt die Anzeige an der Tür"));

    [Fact]
    public void Infinitives_CodesAndShortWords_GiveNone()
    {
        Assert.Empty(GermanVerbForms.Infinitives("M190", []));
        Assert.Empty(GermanVerbForms.Infinitives("ab", []));
    }

    [Fact]
    public void QueryConcepts_SeparatedVerb_ReachesTheGlossaryThroughItsInfinitive()
    {
        var concepts = SharedAnalysis.Default.QueryConcepts("Der Drucker wartet ewig – wie brech ich das ab?");

        var brech = Assert.Single(concepts, c => c.Word == "brech");
        Assert.Contains(brech.Forms, form => form.SequenceEqual(["abort"]));
        Assert.DoesNotContain(concepts, c => c.Word == "ab");
    }

    [Fact]
    public void QueryConcepts_MultiWordTranslation_IsOneFormWhoseWordsMustAllAppear()
    {
        var concept = Assert.Single(SharedAnalysis.Default.QueryConcepts("Wie tausche ich die Heizpatrone?"), c => c.Word == "Heizpatrone");

        Assert.Contains(concept.Forms, form => form.Length == 2 && form.Contains("heater") && form.Any(t => t.StartsWith("cartridg", StringComparison.Ordinal)));
        Assert.DoesNotContain(concept.Forms, form => form.SequenceEqual(["heater"]));
        // "Heiz-" alone (heat) says less than the whole word's translation and is left out.
        Assert.DoesNotContain(concept.Forms, form => form.SequenceEqual(["heat"]));
    }

    [Fact]
    public void QueryConcepts_CompoundWithoutATranslation_KeepsItsPartsAndTheirTranslations()
    {
        // "Lüftermotor" has no entry of its own, so its parts speak for it.
        var concept = Assert.Single(SharedAnalysis.Default.QueryConcepts("Wie tausche ich den Lüftermotor?"), c => c.Word == "Lüftermotor");

        Assert.Contains(concept.Forms, form => form.SequenceEqual(["fan"]));
        Assert.Contains(concept.Forms, form => form.SequenceEqual(["motor"]));
    }

    [Fact]
    public void AnalyzeQuery_SpokenParticiple_AddsTheGlossaryEnglish()
    {
        var terms = SharedAnalysis.Default.AnalyzeQuery("Ich habe den Abstand gemessen").Terms.Select(t => t.Term).ToList();

        Assert.Contains("measur", terms);
    }

    [Fact]
    public void GlossToEnglish_SpokenVerb_IsTranslated() =>
        Assert.Contains("abort", SharedAnalysis.Default.GlossToEnglish("Wie brech ich den Druck ab?"), StringComparison.Ordinal);

    [Theory]
    [InlineData("Welcher Befehl gilt für einen langen Bowden?", "long")]
    [InlineData("Die Spindel wird beim Anlauf sehr heiß", "hot")]
    [InlineData("Der Schalter hinten links klemmt", "left")]
    public void AnalyzeQuery_DescribingWord_IsTranslated(string question, string english) =>
        Assert.Contains(english, SharedAnalysis.Default.AnalyzeQuery(question).Terms.Select(t => t.Term));

    [Fact]
    public void AnalyzeQuery_ColourOfASignalLamp_IsTranslated()
    {
        var terms = SharedAnalysis.Default.AnalyzeQuery("Die Lampe blinkt rot").Terms.Select(t => t.Term).ToList();

        Assert.Contains("red", terms);
    }
}
