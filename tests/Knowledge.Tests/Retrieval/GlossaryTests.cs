using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Retrieval;

public sealed class GlossaryTests
{
    private static Glossary Parse(string text) => Glossary.Parse(new StringReader(text), "plant.tsv");

    [Fact]
    public void LoadDefault_ShipsAtLeast400Entries()
    {
        var glossary = Glossary.LoadDefault();
        Assert.True(glossary.Count >= 400, $"only {glossary.Count} entries");
        Assert.Contains(glossary.Entries, e => e.German.Contains("Referenzfahrt") && e.English.Contains("homing"));
        Assert.Contains(glossary.Entries, e => e.German.Contains("Endschalter") && e.English.Contains("limit switch"));
    }

    [Fact]
    public void Parse_SynonymsCommentsAndBlankLines_AreRead()
    {
        var glossary = Parse("# plant words\n\nZwicker|Zwickmodul\tpincher|pinch module\n  \nFörderschnecke\tauger\n");
        Assert.Equal(2, glossary.Count);
        Assert.Equal(["Zwicker", "Zwickmodul"], glossary.Entries[0].German);
        Assert.Equal(["pincher", "pinch module"], glossary.Entries[0].English);
    }

    [Theory]
    [InlineData("Spindel\tspindle\nKühlmittel coolant\n", 2, "2 columns")]
    [InlineData("# header\nSpindel\tspindle\textra\n", 2, "2 columns")]
    [InlineData("Spindel\tspindle\n\n|\tcoolant\n", 3, "German side is empty")]
    [InlineData("Spindel\t \n", 1, "English side is empty")]
    public void Parse_MalformedLine_ReportsLineNumber(string text, int line, string problem)
    {
        var error = Assert.Throws<GlossaryFormatException>(() => Parse(text));
        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"Glossary plant.tsv, line {line}:", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PlantFile_MergesWithShippedEntries()
    {
        var path = Path.Combine(Path.GetTempPath(), $"glossary-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "Zwickmodul\tpinch module\n");
        try
        {
            var glossary = Glossary.Load(path);
            Assert.Equal(Glossary.LoadDefault().Count + 1, glossary.Count);

            var corpus = new KeywordCorpus(new TextAnalysis(glossary)).Add(1, "Replacing the pinch module: remove two screws.", "en");
            Assert.Equal([1], corpus.Search("Wie tausche ich das Zwickmodul?"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MissingPlantFile_SaysWhichFile()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Glossary.Load("/nonexistent/plant-glossary.tsv"));
        Assert.Contains("/nonexistent/plant-glossary.tsv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Null_IsTheShippedGlossary() => Assert.Same(Glossary.LoadDefault(), Glossary.Load(null));
}
